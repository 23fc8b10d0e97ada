/**
 * Coded data in from qualitative data analysis tools (NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette): a REFI-QDA
 * codebook ({@code .qdc}) becomes a case codebook, and a REFI-QDA project ({@code .qdpx}) or a coded-segments
 * spreadsheet becomes a case's sources and evidence, as a map file says. The XML and zip readers are hardened:
 * no external entities, no DTDs, no XInclude, no entry that escapes its folder, and limits on size.
 */
package org.sstlib.qda;
