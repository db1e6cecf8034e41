/** CASE 1.1 over HTTP: the CFPackage import route and the provider under {@code /ims/case/v1p1/}. */
package org.skillgraph.api.http.casepkg;
