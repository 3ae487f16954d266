package org.rosette.sighting;

import java.time.Instant;

import org.springframework.data.jpa.domain.Specification;

/**
 * What rangers and admins may narrow the full sighting list by; every part is optional.
 */
public record SightingFilter(ReviewStatus status, Long leopardId, Instant from, Instant to, BoundingBox bbox) {

	Specification<Sighting> toSpecification() {
		Specification<Sighting> spec = Specification.unrestricted();
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (leopardId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("leopard").get("id"), leopardId));
		}
		if (from != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("observedAt"), from));
		}
		if (to != null) {
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("observedAt"), to));
		}
		if (bbox != null) {
			spec = spec.and((root, query, cb) -> cb.and(cb.between(root.get("longitude"), bbox.minLon(), bbox.maxLon()),
					cb.between(root.get("latitude"), bbox.minLat(), bbox.maxLat())));
		}
		return spec;
	}

	/**
	 * A box on the map: {@code minLon,minLat,maxLon,maxLat}, as in GeoJSON and most map
	 * tools.
	 */
	public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

		public static BoundingBox parse(String text) {
			String[] parts = text.split(",");
			if (parts.length != 4) {
				throw new IllegalArgumentException("bbox needs four numbers: minLon,minLat,maxLon,maxLat");
			}
			double[] v = new double[4];
			for (int i = 0; i < 4; i++) {
				v[i] = Double.parseDouble(parts[i].strip());
			}
			if (v[0] > v[2] || v[1] > v[3] || Math.abs(v[1]) > 90 || Math.abs(v[3]) > 90 || Math.abs(v[0]) > 180
					|| Math.abs(v[2]) > 180) {
				throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat within ±180 and ±90");
			}
			return new BoundingBox(v[0], v[1], v[2], v[3]);
		}

	}

}
