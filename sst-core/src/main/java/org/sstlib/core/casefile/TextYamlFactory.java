package org.sstlib.core.casefile;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Jackson's YAML factory, making parsers that read text in memory through {@link TextYamlReader} (linear in the
 * length of the longest value) instead of SnakeYAML's own reader (quadratic in it). Everything else, the
 * scanner, the events and Jackson's tokens, is the library's own.
 *
 * <p>Thread-safe, as {@link YAMLFactory} is.
 */
final class TextYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  TextYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  /**
   * A parser of the whole text.
   *
   * @throws IllegalArgumentException if the text holds a character YAML cannot carry (see
   *     {@link TextYamlReader#firstUnprintable})
   */
  YAMLParser parserOf(String text) {
    IOContext context = _createContext(_createContentReference(text), false);
    ParserImpl events = new ParserImpl(new TextYamlReader(text), _loaderOptions);
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, new StringReader(""), events);
  }

  /** Jackson's parser over the given SnakeYAML events: its constructor taking them is open to subclasses only. */
  private static final class Parser extends YAMLParser {
    Parser(IOContext context, int features, int yamlFeatures, ObjectCodec codec, Reader reader, ParserImpl events) {
      super(context, features, yamlFeatures, codec, reader, events);
    }
  }
}
