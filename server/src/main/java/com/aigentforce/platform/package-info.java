/**
 * Cross-cutting infrastructure without business logic: error responses, request ids, body limits,
 * the embedded database, permission declarations, paging. Every module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.aigentforce.platform;
