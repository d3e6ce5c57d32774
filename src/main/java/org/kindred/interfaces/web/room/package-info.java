/**
 * Organisers: sites and rooms, each room's private calendar address, and the room choices the schedule
 * and Round forms share, read once per view.
 */
package org.kindred.interfaces.web.room;
