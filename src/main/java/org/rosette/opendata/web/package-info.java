/**
 * Export downloads, the open-data page, the API documentation and the camera-trap import
 * page.
 */
@NullMarked
package org.rosette.opendata.web;

import org.jspecify.annotations.NullMarked;
