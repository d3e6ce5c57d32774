/**
 * JSF page beans: thin, one use case each, calling the application layer. Pages live in
 * src/main/webapp, grouped by audience (admin/, organiser/, facilitator/, participant/).
 */
package org.kindred.interfaces.web;
