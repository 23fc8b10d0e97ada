/**
 * Test support shipped in the sst-core test-jar for the tests of every module: {@link
 * org.sstlib.core.testing.RandomCases} makes seeded random valid cases and hostile text for property tests.
 * {@link org.sstlib.core.testing.ErpStudy} is a case from another field (management accounting) built with the
 * Java API, and {@link org.sstlib.core.testing.ReferenceCase} finds the reference case file. {@link
 * org.sstlib.core.testing.TestSizes} gives the slowest property tests their full or, with {@code -Dsst.tests=quick},
 * their quick sizes. Start with {@code RandomCases.generate(seed)}; print the seed in assertion messages so a failure can be replayed.
 */
package org.sstlib.core.testing;
