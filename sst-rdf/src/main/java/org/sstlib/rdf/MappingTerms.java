package org.sstlib.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The terms of the vocabularies the mapping borrows (RDF, RDFS, Dublin Core, SKOS, Web Annotation), as the nodes
 * that {@link CaseGraphWriter} writes and {@link CaseGraphReader} reads; the sst terms are in {@link SST}.
 */
final class MappingTerms {
  static {
    // Jena's vocabulary classes must not be touched before Jena has initialised itself.
    JenaSystem.init();
  }

  static final Node TYPE = RDF.type.asNode();
  static final Node FIRST = RDF.first.asNode();
  static final Node REST = RDF.rest.asNode();
  static final Node NIL = RDF.nil.asNode();
  static final Node LABEL = RDFS.label.asNode();
  static final Node IDENTIFIER = DCTerms.identifier.asNode();
  static final Node TITLE = DCTerms.title.asNode();
  static final Node DESCRIPTION = DCTerms.description.asNode();
  static final Node CITATION = DCTerms.bibliographicCitation.asNode();
  static final Node DATE = DCTerms.date.asNode();
  static final Node CREATOR = DCTerms.creator.asNode();
  static final Node SOURCE = DCTerms.source.asNode();
  static final Node BIBLIOGRAPHIC_RESOURCE = DCTerms.BibliographicResource.asNode();
  static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();
  static final Node CONCEPT = SKOS.Concept.asNode();
  static final Node IN_SCHEME = SKOS.inScheme.asNode();
  static final Node NOTATION = SKOS.notation.asNode();
  static final Node PREF_LABEL = SKOS.prefLabel.asNode();
  static final Node BROADER = SKOS.broader.asNode();
  static final Node DEFINITION = SKOS.definition.asNode();
  static final Node ANNOTATION = OA.Annotation.asNode();
  static final Node MOTIVATED_BY = OA.motivatedBy.asNode();
  static final Node CLASSIFYING = OA.classifying.asNode();
  static final Node HAS_BODY = OA.hasBody.asNode();
  static final Node HAS_TARGET = OA.hasTarget.asNode();
  static final Node SPECIFIC_RESOURCE = OA.SpecificResource.asNode();
  static final Node HAS_SOURCE = OA.hasSource.asNode();
  static final Node HAS_SELECTOR = OA.hasSelector.asNode();
  static final Node TEXT_QUOTE_SELECTOR = OA.TextQuoteSelector.asNode();
  static final Node EXACT = OA.exact.asNode();
  static final Node PREFIX = OA.prefix.asNode();
  static final Node SUFFIX = OA.suffix.asNode();
  static final Node TEXT_POSITION_SELECTOR = OA.TextPositionSelector.asNode();
  static final Node START = OA.start.asNode();
  static final Node END = OA.end.asNode();

  private MappingTerms() {}
}
