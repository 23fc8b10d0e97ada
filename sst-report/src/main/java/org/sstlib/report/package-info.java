/**
 * Pictures of an analysis: the report of a case as one self-contained HTML page (the field of practices, the
 * chain from a policy to a position-practice, each cycle's quadripartite figure, the findings of the named
 * queries), with figures laid out by the Eclipse Layout Kernel's layered algorithm and written as SVG by this
 * package. Depends on sst-rdf (the named queries) and sst-core; nothing depends on it but the command line.
 */
package org.sstlib.report;
