package org.skillgraph.api.app;

import org.skillgraph.engine.access.AuditLog;
import org.skillgraph.engine.access.AuditTrail;
import org.skillgraph.engine.access.PersonalData;
import org.skillgraph.engine.access.TokenService;

/** What access control needs: tokens, the audit log and its reader, and the data-subject operations. */
public record Security(TokenService tokens, AuditLog audit, AuditTrail trail, PersonalData personalData) {}
