/**
 * Web parts of field reports: the upload size filter.
 */
@NullMarked
package org.rosette.fieldwork.web;

import org.jspecify.annotations.NullMarked;
