/**
 * Test helpers of the server, shared with the command line's tests through this module's test jar: {@link
 * org.sstlib.server.testing.RawHttp}, hand-written HTTP requests with any Host, Origin or body framing.
 */
package org.sstlib.server.testing;
