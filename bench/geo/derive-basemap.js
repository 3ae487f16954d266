#!/usr/bin/env node
/*
 * Derives src/main/resources/static/geo/basemap.geojson, the offline basemap of every Rosette map, from Natural Earth
 * 1:10m (public domain) as packaged by the npm package world-atlas@2.0.2. Run by hand, never by the Maven build:
 *
 *   mkdir /tmp/geo && cd /tmp/geo && npm init -y && npm install world-atlas@2.0.2 topojson-client@3.1.0
 *   NODE_PATH=/tmp/geo/node_modules node /path/to/rosette/bench/geo/derive-basemap.js \
 *       /tmp/geo/node_modules/world-atlas > src/main/resources/static/geo/basemap.geojson
 *
 * It keeps land (polygons clipped to the region) and the land borders between countries (lines clipped to the
 * region), rounded to 0.001 degrees (about 100 m): a few tens of kilobytes instead of megabytes.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const topojson = require('topojson-client');

const BOX = { minLon: 129, minLat: 41.5, maxLon: 134, maxLat: 45 };
const atlas = process.argv[2] || 'node_modules/world-atlas';
const land = JSON.parse(fs.readFileSync(path.join(atlas, 'land-10m.json'), 'utf8'));
const countries = JSON.parse(fs.readFileSync(path.join(atlas, 'countries-10m.json'), 'utf8'));

const round = (v) => Math.round(v * 1000) / 1000;

// Sutherland-Hodgman against each edge of the box: enough for land polygons in a rectangle.
function clipRing(ring) {
  const edges = [
    [(p) => p[0] >= BOX.minLon, (a, b) => cross(a, b, 0, BOX.minLon)],
    [(p) => p[0] <= BOX.maxLon, (a, b) => cross(a, b, 0, BOX.maxLon)],
    [(p) => p[1] >= BOX.minLat, (a, b) => cross(a, b, 1, BOX.minLat)],
    [(p) => p[1] <= BOX.maxLat, (a, b) => cross(a, b, 1, BOX.maxLat)],
  ];
  let out = ring;
  for (const [inside, intersect] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(intersect(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(intersect(prev, cur));
      }
    }
    if (out.length === 0) return [];
  }
  return out;
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

function tidy(ring) {
  const rounded = [];
  for (const p of ring) {
    const q = [round(p[0]), round(p[1])];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) rounded.push(q);
  }
  if (rounded.length && (rounded[0][0] !== rounded[rounded.length - 1][0] || rounded[0][1] !== rounded[rounded.length - 1][1])) {
    rounded.push(rounded[0]);
  }
  return rounded.length >= 4 ? rounded : null;
}

const insideBox = (p) => p[0] >= BOX.minLon && p[0] <= BOX.maxLon && p[1] >= BOX.minLat && p[1] <= BOX.maxLat;

// Lines: keep the runs of points inside the box, cutting where a line leaves it.
function clipLine(line) {
  const runs = [];
  let run = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i];
    if (insideBox(p)) {
      if (!run.length && i > 0) run.push(clampTo(line[i - 1], p));
      run.push(p);
    } else if (run.length) {
      run.push(clampTo(p, line[i - 1]));
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.map((r) => r.map((p) => [round(p[0]), round(p[1])])).filter((r) => r.length >= 2);
}

function clampTo(outside, inside) {
  let p = outside;
  if (p[0] < BOX.minLon) p = cross(p, inside, 0, BOX.minLon);
  if (p[0] > BOX.maxLon) p = cross(p, inside, 0, BOX.maxLon);
  if (p[1] < BOX.minLat) p = cross(p, inside, 1, BOX.minLat);
  if (p[1] > BOX.maxLat) p = cross(p, inside, 1, BOX.maxLat);
  return p;
}

const landPolygons = [];
const landGeometry = topojson.feature(land, land.objects.land);
for (const feature of landGeometry.features || [landGeometry]) {
  const geometry = feature.geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => tidy(clipRing(ring))).filter(Boolean);
    if (rings.length && polygon.length && tidy(clipRing(polygon[0]))) landPolygons.push(rings);
  }
}

const borders = topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b);
const borderLines = [];
for (const line of borders.coordinates) borderLines.push(...clipLine(line));

const output = {
  type: 'FeatureCollection',
  bbox: [BOX.minLon, BOX.minLat, BOX.maxLon, BOX.maxLat],
  source: 'Natural Earth 1:10m land and countries (public domain), via world-atlas 2.0.2; derived by bench/geo/derive-basemap.js',
  features: [
    { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'MultiPolygon', coordinates: landPolygons } },
    { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: borderLines } },
  ],
};
process.stdout.write(JSON.stringify(output) + '\n');
