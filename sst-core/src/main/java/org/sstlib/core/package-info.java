/**
 * The SST model as plain Java values: a {@link org.sstlib.core.Case} holds
 * {@link org.sstlib.core.Agent agents}, {@link org.sstlib.core.PositionPractice position-practices},
 * {@link org.sstlib.core.Structure structures}, {@link org.sstlib.core.Event events} and the quadripartite
 * {@link org.sstlib.core.Cycle cycles} that relate them (external and material
 * {@link org.sstlib.core.Condition conditions}, internal structures, {@link org.sstlib.core.ActiveAgency active
 * agency}, {@link org.sstlib.core.Outcome outcomes}), grounded in {@link org.sstlib.core.Evidence evidence}.
 *
 * <p>Start with {@link org.sstlib.core.Case#builder(String, String)}: add elements built with each type's
 * {@code builder(...)}, then {@code build()}, which checks every reference and rule of the model and throws
 * {@link org.sstlib.core.InvalidCaseException} listing every {@link org.sstlib.core.Problem}. All values are
 * immutable and thread-safe. This package knows nothing of RDF.
 */
package org.sstlib.core;
