/**
 * The JSF channel: page beans, thin and one use case each, calling the application layer, in one
 * package per concept (schedule, group, round, ...) so that no package grows into a flat list of
 * everything; shared JSF helpers live in {@code jsf}. Pages live in src/main/webapp, grouped by
 * audience (admin/, organiser/, facilitator/, participant/); their texts in messages.properties here.
 */
package org.kindred.interfaces.web;
