/**
 * The in-memory curriculum snapshot every planner runs on, and the inputs planners share.
 *
 * <p>{@link org.skillgraph.engine.snapshot.CurriculumSnapshot} is an immutable projection of the curriculum
 * part of the graph (skills, topics, REQUIRES, modules with TEACHES and ASSUMES, roles with NEEDS and LEADS_TO,
 * badges with CERTIFIES), keyed by {@code Meta.version}. It is built once per version through its
 * {@link org.skillgraph.engine.snapshot.CurriculumSnapshot.Builder}, which accepts nodes and edges by string id
 * in any order and never fails on bad data: dangling or off-scale edges are dropped and reported, REQUIRES
 * cycles are reported. Entities are numbered in id order, so every tie a planner breaks by index is broken by
 * id, whatever order the loader streamed the graph in.
 *
 * <p>Person data is not part of the snapshot: a request passes a
 * {@link org.skillgraph.engine.snapshot.LearnerState}. An unknown role or skill asked about raises
 * {@link org.skillgraph.engine.snapshot.UnknownTargetException}.
 */
package org.skillgraph.engine.snapshot;
