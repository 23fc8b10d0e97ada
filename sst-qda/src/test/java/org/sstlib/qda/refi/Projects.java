package org.sstlib.qda.refi;

import java.nio.charset.StandardCharsets;

/** A small REFI-QDA project the tests write themselves, as full as real exports are. */
final class Projects {
  private Projects() {}

  static final String U1 = "10000000-0000-0000-0000-000000000001";
  static final String U2 = "10000000-0000-0000-0000-000000000002";
  static final String CONDITIONS = "20000000-0000-0000-0000-000000000001";
  static final String EYESIGHT = "20000000-0000-0000-0000-000000000002";
  static final String ACCESS = "20000000-0000-0000-0000-000000000003";
  static final String OWN_DOCTOR = "20000000-0000-0000-0000-000000000004";
  static final String ADMIN = "20000000-0000-0000-0000-000000000005";

  /** The interview's text: an emoji (outside the Basic Multilingual Plane) before the second selection. */
  static final String INTERVIEW = "Nurse: How do you manage your letters?\r\n"
      + "Patient: My eyes \uD83D\uDC40 are bad, so my daughter reads the letters from the surgery to me.\r\n"
      + "Nurse: And your own doctor?\r\n";

  static final String FIRST = "My eyes \uD83D\uDC40 are bad";
  static final String SECOND = "are bad, so my daughter reads the letters from the surgery";
  static final String PDF_TEXT = "Letter from the surgery: please book a review of your eyesight.";
  static final String PDF_QUOTE = "please book a review";

  /** Where {@code part} starts and ends in {@code text}, counted in code points. */
  static String positions(String text, String part) {
    int i = text.indexOf(part);
    int start = text.codePointCount(0, i);
    return "startPosition=\"" + start + "\" endPosition=\"" + (start + part.codePointCount(0, part.length())) + "\"";
  }

  static String project(String extraSelection) {
    return """
        <?xml version="1.0" encoding="utf-8" standalone="yes"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Letters study" origin="sst tests">
          <Users>
            <User guid="%1$s" name="Ann Coder"/>
            <User guid="%2$s" name="Bo Coder"/>
          </Users>
          <CodeBook>
            <Codes>
              <Code guid="%3$s" name="Conditions" isCodable="false">
                <Description>What the patient lives with</Description>
                <Code guid="%4$s" name="Eyesight" isCodable="true"/>
              </Code>
              <Code guid="%5$s" name="Access" isCodable="true">
                <Code guid="%6$s" name="Own doctor" isCodable="true">
                  <Description>Seeing one's own doctor</Description>
                </Code>
              </Code>
              <Code guid="%7$s" name="Admin" isCodable="true"/>
            </Codes>
          </CodeBook>
          <Sources>
            <TextSource guid="40000000-0000-0000-0000-000000000001" name="Interview 3.txt"
                plainTextPath="internal://41.txt" creatingUser="%1$s">
              <PlainTextSelection guid="50000000-0000-0000-0000-000000000001" name="eyes" %8$s creatingUser="%1$s">
                <Coding guid="60000000-0000-0000-0000-000000000001" creatingUser="%1$s">
                  <CodeRef targetGUID="%4$s"/>
                </Coding>
                <NoteRef targetGUID="a0000000-0000-0000-0000-000000000001"/>
              </PlainTextSelection>
              <PlainTextSelection guid="50000000-0000-0000-0000-000000000002" %9$s>
                <Coding guid="60000000-0000-0000-0000-000000000002" creatingUser="%2$s">
                  <CodeRef targetGUID="%6$s"/>
                </Coding>
                <Coding guid="60000000-0000-0000-0000-000000000003" creatingUser="%1$s">
                  <CodeRef targetGUID="%4$s"/>
                </Coding>
              </PlainTextSelection>
              <PlainTextSelection guid="50000000-0000-0000-0000-000000000003" startPosition="0" endPosition="5"/>
              %10$s
            </TextSource>
            <PDFSource guid="40000000-0000-0000-0000-000000000002" name="Letter.pdf" path="internal://42.pdf">
              <Representation guid="70000000-0000-0000-0000-000000000001" plainTextPath="internal://42.txt">
                <PlainTextSelection guid="50000000-0000-0000-0000-000000000004" %11$s>
                  <Coding guid="60000000-0000-0000-0000-000000000004" creatingUser="%2$s">
                    <CodeRef targetGUID="%5$s"/>
                  </Coding>
                </PlainTextSelection>
              </Representation>
              <PDFSelection guid="50000000-0000-0000-0000-000000000005" page="1" firstX="18" firstY="45"
                  secondX="577" secondY="234" creatingUser="%2$s">
                <Coding guid="60000000-0000-0000-0000-000000000005">
                  <CodeRef targetGUID="%7$s"/>
                </Coding>
              </PDFSelection>
            </PDFSource>
            <PictureSource guid="40000000-0000-0000-0000-000000000003" name="Pill box.jpg" path="internal://43.jpg">
              <PictureSelection guid="50000000-0000-0000-0000-000000000006" firstX="10" firstY="20" secondX="100"
                  secondY="200">
                <Coding guid="60000000-0000-0000-0000-000000000006" creatingUser="%1$s">
                  <CodeRef targetGUID="%4$s"/>
                </Coding>
              </PictureSelection>
            </PictureSource>
            <AudioSource guid="40000000-0000-0000-0000-000000000004" name="Interview 3.m4a" path="internal://44.m4a">
              <Transcript guid="80000000-0000-0000-0000-000000000001" plainTextPath="internal://41.txt">
                <SyncPoint guid="90000000-0000-0000-0000-000000000001" position="0" timeStamp="0"/>
                <SyncPoint guid="90000000-0000-0000-0000-000000000002" position="20" timeStamp="5000"/>
                <TranscriptSelection guid="50000000-0000-0000-0000-000000000009"
                    fromSyncPoint="90000000-0000-0000-0000-000000000001"
                    toSyncPoint="90000000-0000-0000-0000-000000000002">
                  <Coding guid="60000000-0000-0000-0000-000000000009"><CodeRef targetGUID="%6$s"/></Coding>
                </TranscriptSelection>
              </Transcript>
              <AudioSelection guid="50000000-0000-0000-0000-000000000007" begin="62000" end="90000">
                <Coding guid="60000000-0000-0000-0000-000000000007" creatingUser="%2$s">
                  <CodeRef targetGUID="%6$s"/>
                  <NoteRef targetGUID="a0000000-0000-0000-0000-000000000002"/>
                </Coding>
              </AudioSelection>
            </AudioSource>
            <VideoSource guid="40000000-0000-0000-0000-000000000005" name="Visit.mp4" path="relative:///Visit.mp4">
              <VideoSelection guid="50000000-0000-0000-0000-000000000008" begin="1500" end="3723000">
                <Coding guid="60000000-0000-0000-0000-000000000008" creatingUser="%1$s">
                  <CodeRef targetGUID="%6$s"/>
                </Coding>
              </VideoSelection>
            </VideoSource>
          </Sources>
          <Notes>
            <Note guid="a0000000-0000-0000-0000-000000000001" name="Eyes memo">
              <PlainTextContent>The daughter mediates every letter.</PlainTextContent>
            </Note>
            <Note guid="a0000000-0000-0000-0000-000000000002" name="Audio memo" plainTextPath="internal://a2.txt"/>
            <Note guid="a0000000-0000-0000-0000-000000000003" name="Picture memo">
              <PlainTextContent>Large print on the box.</PlainTextContent>
            </Note>
          </Notes>
          <Links>
            <Link guid="b0000000-0000-0000-0000-000000000001" originGUID="a0000000-0000-0000-0000-000000000003"
                targetGUID="50000000-0000-0000-0000-000000000006" direction="OneWay"/>
          </Links>
        </Project>
        """.formatted(U1, U2, CONDITIONS, EYESIGHT, ACCESS, OWN_DOCTOR, ADMIN, positions(INTERVIEW, FIRST),
        positions(INTERVIEW, SECOND), extraSelection, positions(PDF_TEXT, PDF_QUOTE));
  }

  static byte[] qdpx(String projectXml) throws java.io.IOException {
    var entries = Zips.entries("project.qde", projectXml, "sources/41.txt", INTERVIEW, "sources/42.txt",
        PDF_TEXT, "sources/a2.txt", "Listen again at the end.");
    entries.put("sources/42.pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8));
    entries.put("sources/43.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    return Zips.zip(entries);
  }
}
