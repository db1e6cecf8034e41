/** The O*NET text database over HTTP: {@code POST /api/v1/import/onet}. */
package org.skillgraph.api.http.onet;
