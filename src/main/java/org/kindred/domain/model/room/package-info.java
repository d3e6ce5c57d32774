/**
 * Sites, rooms and room bookings. Two bookings of one room never overlap, buffers included; the
 * database transaction that books a room holds that room's row lock (docs/adr/0007).
 */
package org.kindred.domain.model.room;
