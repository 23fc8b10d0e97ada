/**
 * Reading the REFI-QDA exchange files, hardened: {@link org.sstlib.qda.refi.QdpxArchive} opens a project exchange
 * zip ({@code .qdpx}) within limits, {@link org.sstlib.qda.refi.QdeReader} reads its {@code project.qde} (or a
 * codebook, {@code .qdc}) into a {@link org.sstlib.qda.refi.RefiProject} whose {@link org.sstlib.qda.QdaData} the
 * import uses, and {@link org.sstlib.qda.refi.CodebookImport} turns a code tree into a case codebook.
 */
package org.sstlib.qda.refi;
