package org.rosette.coat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * A procedurally painted leopard flank: irregular rings of dark spots around a centre
 * darker than the tawny ground, every seed a different coat. For the demo park and the
 * evaluation; real coats are harder than these.
 */
public final class SyntheticCoat {

	public static final int WIDTH = 1000;

	public static final int HEIGHT = 500;

	private final BufferedImage pattern;

	private SyntheticCoat(BufferedImage pattern) {
		this.pattern = pattern;
	}

	/** The coat of one flank of one individual. */
	public static SyntheticCoat of(long seed) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		int baseR = 190 + random.nextInt(30);
		int baseG = 135 + random.nextInt(25);
		int baseB = 65 + random.nextInt(25);
		for (int row = 0; row < HEIGHT; row++) {
			// the belly is paler
			double pale = Math.max(0, (row - HEIGHT * 0.7) / (HEIGHT * 0.3));
			g.setColor(new Color(mix(baseR, 235, pale), mix(baseG, 220, pale), mix(baseB, 190, pale)));
			g.drawLine(0, row, WIDTH, row);
		}
		for (double[] centre : centres(random)) {
			rosette(g, random, centre[0], centre[1], baseR, baseG, baseB);
		}
		for (int i = 0; i < 60; i++) {
			g.setColor(new Color(35 + random.nextInt(20), 25 + random.nextInt(15), 15 + random.nextInt(10)));
			g.fill(blob(random, random.nextDouble() * WIDTH, random.nextDouble() * HEIGHT,
					3 + random.nextDouble() * 4));
		}
		g.dispose();
		return new SyntheticCoat(image);
	}

	/** The flat coat, as if the skin were laid out. */
	public BufferedImage pattern() {
		return pattern;
	}

	/** Colour at a point of the coat, bilinear; {@code null} outside it. */
	@Nullable int[] sample(double x, double y, int[] rgb) {
		if (x < 0 || y < 0 || x > WIDTH - 1.001 || y > HEIGHT - 1.001) {
			return null;
		}
		int x0 = (int) x;
		int y0 = (int) y;
		double fx = x - x0;
		double fy = y - y0;
		int a = pattern.getRGB(x0, y0);
		int b = pattern.getRGB(x0 + 1, y0);
		int c = pattern.getRGB(x0, y0 + 1);
		int d = pattern.getRGB(x0 + 1, y0 + 1);
		for (int shift = 16, i = 0; i < 3; shift -= 8, i++) {
			double top = ((a >> shift) & 255) * (1 - fx) + ((b >> shift) & 255) * fx;
			double bottom = ((c >> shift) & 255) * (1 - fx) + ((d >> shift) & 255) * fx;
			rgb[i] = (int) (top * (1 - fy) + bottom * fy);
		}
		return rgb;
	}

	private static List<double[]> centres(Random random) {
		List<double[]> centres = new ArrayList<>();
		double spacing = 62 + random.nextDouble() * 12;
		for (int tries = 0; tries < 4000; tries++) {
			double x = random.nextDouble() * WIDTH;
			double y = random.nextDouble() * HEIGHT * 0.85;
			boolean free = true;
			for (double[] c : centres) {
				if (Math.hypot(c[0] - x, c[1] - y) < spacing) {
					free = false;
					break;
				}
			}
			if (free) {
				centres.add(new double[] { x, y });
			}
		}
		return centres;
	}

	private static void rosette(Graphics2D g, Random random, double cx, double cy, int r, int gr, int b) {
		double radius = 16 + random.nextDouble() * 10;
		double darker = 0.75 + random.nextDouble() * 0.1;
		g.setColor(new Color((int) (r * darker), (int) (gr * darker), (int) (b * darker)));
		g.fill(blob(random, cx, cy, radius * 0.85));
		int spots = 3 + random.nextInt(5);
		double start = random.nextDouble() * Math.PI * 2;
		double stretch = 0.7 + random.nextDouble() * 0.6;
		for (int s = 0; s < spots; s++) {
			double angle = start + (Math.PI * 2 * s / spots) + random.nextGaussian() * 0.25;
			double length = (Math.PI * 2 / spots) * (0.35 + random.nextDouble() * 0.45);
			double ring = radius * (1 + random.nextGaussian() * 0.08);
			g.setColor(new Color(30 + random.nextInt(25), 22 + random.nextInt(15), 12 + random.nextInt(10)));
			g.setStroke(new BasicStroke((float) (4 + random.nextDouble() * 5), BasicStroke.CAP_ROUND,
					BasicStroke.JOIN_ROUND));
			Path2D arc = new Path2D.Double();
			int steps = 6;
			for (int k = 0; k <= steps; k++) {
				double a = angle + length * k / steps;
				double px = cx + Math.cos(a) * ring * stretch;
				double py = cy + Math.sin(a) * ring;
				if (k == 0) {
					arc.moveTo(px, py);
				}
				else {
					arc.lineTo(px, py);
				}
			}
			g.draw(arc);
		}
		if (random.nextInt(3) == 0) {
			g.fill(blob(random, cx + random.nextGaussian() * 3, cy + random.nextGaussian() * 3, 2.5));
		}
	}

	private static Path2D blob(Random random, double cx, double cy, double radius) {
		Path2D path = new Path2D.Double();
		int corners = 9;
		for (int k = 0; k < corners; k++) {
			double a = Math.PI * 2 * k / corners;
			double rr = radius * (0.75 + random.nextDouble() * 0.5);
			double px = cx + Math.cos(a) * rr;
			double py = cy + Math.sin(a) * rr;
			if (k == 0) {
				path.moveTo(px, py);
			}
			else {
				path.lineTo(px, py);
			}
		}
		path.closePath();
		return path;
	}

	private static int mix(int from, int to, double share) {
		return (int) Math.round(from + (to - from) * Math.min(1, share));
	}

}
