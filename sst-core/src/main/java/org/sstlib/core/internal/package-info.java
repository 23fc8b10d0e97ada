/**
 * Machinery that the modules of {@code sst} share and that is not part of the library's API: it may change in
 * any release. Nothing here is for users; the public API is {@link org.sstlib.core}, {@link
 * org.sstlib.core.casefile} and {@link org.sstlib.core.chain}.
 */
package org.sstlib.core.internal;
