package org.skillgraph.api.app;

import org.skillgraph.engine.xapi.XapiMappings;
import org.skillgraph.engine.xapi.XapiService;

/** The xAPI statement store and the mappings its statements are applied through. */
public record XapiServices(XapiService statements, XapiMappings mappings) {}
