/**
 * The JSON API under /api, secured like the portal (the same sign-in session, the same role areas
 * in web.xml, the same object-level checks in the application layer) and described by MicroProfile
 * OpenAPI at /openapi. State-changing requests must carry the header X-Requested-By: kindred (CSRF
 * defence; CsrfHeaderFilter). This package holds what every resource shares (the application class,
 * error mappers, request filters, private responses); the resources are in one package per concept.
 */
package org.kindred.interfaces.rest;
