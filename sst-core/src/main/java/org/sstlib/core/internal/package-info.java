/**
 * Machinery that the modules of {@code sst} share and that is not part of the library's API: it may change in
 * any release. Nothing here is for users; the public API is {@link org.sstlib.core}, {@link
 * org.sstlib.core.casefile} and {@link org.sstlib.core.chain}.
 *
 * <ul>
 *   <li>{@link org.sstlib.core.internal.AtomicFiles}: a file written whole or not at all (case files, exports);
 *   <li>{@link org.sstlib.core.internal.StrictUtf8}: UTF-8 decoding that refuses bad bytes and says where they are
 *       (case files, RDF files);
 *   <li>{@link org.sstlib.core.internal.DidYouMean}: the word a user probably meant.
 * </ul>
 */
package org.sstlib.core.internal;
