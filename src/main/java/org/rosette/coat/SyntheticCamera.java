package org.rosette.coat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.rosette.photo.Jpeg;

/**
 * Photographs a {@link SyntheticCoat} the way a camera trap would: the flank bent,
 * turned, seen in perspective, small in the frame, before a background, under uneven
 * light or as a night-time infrared frame with flash falloff, partly hidden by
 * vegetation, blurred, noisy and saved as JPEG.
 */
public final class SyntheticCamera {

	/**
	 * What a shot does to the coat.
	 *
	 * @param width frame width
	 * @param height frame height
	 * @param flankWidth width of the flank in the frame, pixels
	 * @param rotation degrees
	 * @param perspective corner displacement as a share of the flank size
	 * @param bend elastic warp amplitude as a share of the flank height
	 * @param infrared grey frame with flash falloff
	 * @param occlusion share of the flank hidden by vegetation, roughly
	 * @param blur motion blur length, pixels
	 * @param noise standard deviation of the sensor noise, grey levels
	 * @param jpegQuality 0 to 1
	 * @param seed everything else random
	 */
	public record Shot(int width, int height, int flankWidth, double rotation, double perspective, double bend,
			boolean infrared, double occlusion, int blur, double noise, float jpegQuality, long seed) {

		/** A good catalogue photo: large, nearly square on, daylight. */
		public static Shot catalogue(Random random) {
			return new Shot(1000, 750, 640 + random.nextInt(160), random.nextGaussian() * 5, 0.05, 0.03, false, 0, 0, 3,
					0.85f, random.nextLong());
		}

		/** A camera-trap frame: everything the field does. */
		public static Shot field(Random random, int width, int height) {
			return new Shot(width, height, 250 + random.nextInt(251), (random.nextDouble() * 2 - 1) * 30,
					0.08 + random.nextDouble() * 0.12, 0.04 + random.nextDouble() * 0.05, random.nextInt(3) == 0,
					random.nextBoolean() ? 0.1 + random.nextDouble() * 0.15 : 0,
					random.nextBoolean() ? 3 + random.nextInt(5) : 0, 4 + random.nextDouble() * 6, 0.6f,
					random.nextLong());
		}

	}

	private SyntheticCamera() {
	}

	public static BufferedImage photograph(SyntheticCoat coat, Shot shot) {
		Random random = new Random(shot.seed());
		BufferedImage frame = background(shot, random);
		double[] h = placement(shot, random);
		double[] inverse = Homography.invert(h);
		double[] waves = new double[8];
		for (int i = 0; i < waves.length; i++) {
			waves[i] = random.nextDouble() * Math.PI * 2;
		}
		double amplitude = shot.bend() * SyntheticCoat.HEIGHT;
		double lightAngle = random.nextDouble() * Math.PI * 2;
		double lightStrength = 0.25 * random.nextDouble();
		double exposure = 0.75 + random.nextDouble() * 0.45;
		int[] rgb = new int[3];
		// only the pixels the coat rectangle covers can show the body
		double[] corners = { 0, 0, SyntheticCoat.WIDTH, 0, SyntheticCoat.WIDTH, SyntheticCoat.HEIGHT, 0,
				SyntheticCoat.HEIGHT };
		double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE, minV = Double.MAX_VALUE, maxV = -Double.MAX_VALUE;
		for (int i = 0; i < 4; i++) {
			double[] p = Homography.apply(h, corners[2 * i], corners[2 * i + 1]);
			minU = Math.min(minU, p[0]);
			maxU = Math.max(maxU, p[0]);
			minV = Math.min(minV, p[1]);
			maxV = Math.max(maxV, p[1]);
		}
		int fromU = Math.max(0, (int) Math.floor(minU) - 1);
		int toU = Math.min(shot.width(), (int) Math.ceil(maxU) + 2);
		int fromV = Math.max(0, (int) Math.floor(minV) - 1);
		int toV = Math.min(shot.height(), (int) Math.ceil(maxV) + 2);
		for (int v = fromV; v < toV; v++) {
			for (int u = fromU; u < toU; u++) {
				double[] p = Homography.apply(inverse, u, v);
				double x = p[0];
				double y = p[1];
				if (!insideBody(x, y)) {
					continue;
				}
				// the body bends: skin over muscle, not a flat card
				double nx = x / SyntheticCoat.WIDTH;
				double ny = y / SyntheticCoat.HEIGHT;
				double wx = x + amplitude * (Math.sin(2.1 * Math.PI * ny + waves[0]) * 0.6
						+ Math.sin(3.3 * Math.PI * nx + waves[1]) * 0.4);
				double wy = y + amplitude * (Math.sin(1.7 * Math.PI * nx + waves[2])
						+ 0.5 * Math.sin(3.9 * Math.PI * nx + 2.3 * Math.PI * ny + waves[3]));
				if (coat.sample(wx, wy, rgb) == null) {
					continue;
				}
				double light = exposure * (1 + lightStrength * (Math.cos(lightAngle) * (u / (double) shot.width() - 0.5)
						+ Math.sin(lightAngle) * (v / (double) shot.height() - 0.5)) * 2);
				// the flank is round: darker towards back and belly
				light *= 0.8 + 0.2 * Math.sin(Math.PI * Math.min(1, Math.max(0, ny)));
				frame.setRGB(u, v, pack(rgb[0] * light, rgb[1] * light, rgb[2] * light));
			}
		}
		if (shot.occlusion() > 0) {
			vegetation(frame, shot, h, random);
		}
		if (shot.blur() > 1) {
			frame = motionBlur(frame, shot.blur(), random.nextDouble() * Math.PI);
		}
		if (shot.infrared()) {
			infrared(frame, random);
		}
		noise(frame, shot.noise(), random);
		return jpeg(frame, shot.jpegQuality());
	}

	/**
	 * Whether a pixel of the shot's frame shows the flank (before bending and
	 * vegetation): for the evaluation's diagnostics.
	 */
	static java.util.function.BiPredicate<Float, Float> flank(Shot shot) {
		Random random = new Random(shot.seed());
		background(shot, random);
		double[] inverse = Homography.invert(placement(shot, random));
		return (u, v) -> {
			double[] p = Homography.apply(inverse, u, v);
			return insideBody(p[0], p[1]);
		};
	}

	private static boolean insideBody(double x, double y) {
		double nx = (x / SyntheticCoat.WIDTH - 0.5) / 0.56;
		double ny = (y / SyntheticCoat.HEIGHT - 0.5) / 0.58;
		return nx * nx + ny * ny <= 1 && x >= 0 && y >= 0 && x < SyntheticCoat.WIDTH && y < SyntheticCoat.HEIGHT;
	}

	/** A homography from coat to frame. */
	private static double[] placement(Shot shot, Random random) {
		double w = shot.flankWidth();
		double hgt = w * SyntheticCoat.HEIGHT / SyntheticCoat.WIDTH;
		double angle = Math.toRadians(shot.rotation());
		double room = Math.max(0, Math.min(shot.width(), shot.height()) / 2.0 - Math.hypot(w, hgt) / 2);
		double cx = shot.width() / 2.0 + (random.nextDouble() * 2 - 1) * Math.min(room, shot.width() / 4.0);
		double cy = shot.height() / 2.0 + (random.nextDouble() * 2 - 1) * Math.min(room, shot.height() / 4.0);
		double[][] corners = { { -w / 2, -hgt / 2 }, { w / 2, -hgt / 2 }, { w / 2, hgt / 2 }, { -w / 2, hgt / 2 } };
		// perspective: one end of the body nearer the camera than the other
		double near = 1 + shot.perspective() * (random.nextBoolean() ? 1 : -1);
		double[] to = new double[8];
		for (int i = 0; i < 4; i++) {
			double sx = corners[i][0];
			double sy = corners[i][1] * (corners[i][0] > 0 ? near : 2 - near);
			sx += (random.nextDouble() * 2 - 1) * shot.perspective() * w * 0.3;
			sy += (random.nextDouble() * 2 - 1) * shot.perspective() * hgt * 0.3;
			to[2 * i] = cx + Math.cos(angle) * sx - Math.sin(angle) * sy;
			to[2 * i + 1] = cy + Math.sin(angle) * sx + Math.cos(angle) * sy;
		}
		double[] from = { 0, 0, SyntheticCoat.WIDTH, 0, SyntheticCoat.WIDTH, SyntheticCoat.HEIGHT, 0,
				SyntheticCoat.HEIGHT };
		return Homography.fit(from, to);
	}

	private static BufferedImage background(Shot shot, Random random) {
		BufferedImage frame = new BufferedImage(shot.width(), shot.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(70 + random.nextInt(40), 80 + random.nextInt(40), 50 + random.nextInt(30)));
		g.fillRect(0, 0, shot.width(), shot.height());
		int patches = shot.width() * shot.height() / 3000;
		for (int i = 0; i < patches; i++) {
			int tone = random.nextInt(60);
			g.setColor(new Color(50 + tone, 60 + tone + random.nextInt(30), 35 + tone / 2));
			int size = 4 + random.nextInt(30);
			g.fillOval(random.nextInt(shot.width()), random.nextInt(shot.height()), size, size / 2 + 2);
		}
		for (int i = 0; i < 3; i++) {
			g.setColor(new Color(60 + random.nextInt(30), 50 + random.nextInt(20), 40));
			int x = random.nextInt(shot.width());
			g.fillRect(x, 0, 20 + random.nextInt(40), shot.height());
		}
		g.dispose();
		return frame;
	}

	private static void vegetation(BufferedImage frame, Shot shot, double[] h, Random random) {
		Graphics2D g = frame.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		double[] centre = Homography.apply(h, SyntheticCoat.WIDTH / 2.0, SyntheticCoat.HEIGHT / 2.0);
		double size = shot.flankWidth();
		int blades = (int) Math.round(shot.occlusion() * 40);
		for (int i = 0; i < blades; i++) {
			g.setColor(new Color(40 + random.nextInt(50), 70 + random.nextInt(60), 30 + random.nextInt(30)));
			g.setStroke(new BasicStroke((float) (size * (0.01 + random.nextDouble() * 0.025)), BasicStroke.CAP_ROUND,
					BasicStroke.JOIN_ROUND));
			double x = centre[0] + (random.nextDouble() - 0.5) * size;
			double bottom = centre[1] + size * 0.4;
			double top = centre[1] - size * (0.1 + random.nextDouble() * 0.4);
			g.draw(new CubicCurve2D.Double(x, bottom, x + random.nextGaussian() * size * 0.1, (bottom + top) / 2,
					x + random.nextGaussian() * size * 0.15, top, x + random.nextGaussian() * size * 0.2, top));
		}
		g.dispose();
	}

	private static BufferedImage motionBlur(BufferedImage frame, int length, double angle) {
		int size = length | 1;
		float[] kernel = new float[size * size];
		int count = 0;
		for (int k = 0; k < size; k++) {
			double t = k - size / 2.0 + 0.5;
			int x = (int) Math.round(size / 2 + Math.cos(angle) * t);
			int y = (int) Math.round(size / 2 + Math.sin(angle) * t);
			if (x >= 0 && y >= 0 && x < size && y < size && kernel[y * size + x] == 0) {
				kernel[y * size + x] = 1;
				count++;
			}
		}
		for (int i = 0; i < kernel.length; i++) {
			kernel[i] /= count;
		}
		return new ConvolveOp(new Kernel(size, size, kernel), ConvolveOp.EDGE_NO_OP, null).filter(frame, null);
	}

	private static void infrared(BufferedImage frame, Random random) {
		double fx = frame.getWidth() * (0.3 + random.nextDouble() * 0.4);
		double fy = frame.getHeight() * (0.3 + random.nextDouble() * 0.4);
		double reach = Math.max(frame.getWidth(), frame.getHeight()) * (0.35 + random.nextDouble() * 0.2);
		for (int v = 0; v < frame.getHeight(); v++) {
			for (int u = 0; u < frame.getWidth(); u++) {
				int c = frame.getRGB(u, v);
				// infrared sees the ground and the rosettes with less contrast than
				// daylight
				double grey = 0.5 * ((c >> 16) & 255) + 0.35 * ((c >> 8) & 255) + 0.15 * (c & 255);
				double r2 = ((u - fx) * (u - fx) + (v - fy) * (v - fy)) / (reach * reach);
				double flash = 1.35 / (1 + 1.6 * r2);
				grey = 0.75 * grey * flash + 20;
				frame.setRGB(u, v, pack(grey, grey, grey));
			}
		}
	}

	private static void noise(BufferedImage frame, double sigma, Random random) {
		for (int v = 0; v < frame.getHeight(); v++) {
			for (int u = 0; u < frame.getWidth(); u++) {
				int c = frame.getRGB(u, v);
				double n = random.nextGaussian() * sigma;
				frame.setRGB(u, v, pack(((c >> 16) & 255) + n, ((c >> 8) & 255) + n + random.nextGaussian() * sigma / 3,
						(c & 255) + n));
			}
		}
	}

	public static byte[] jpegBytes(BufferedImage image, float quality) {
		return Jpeg.encode(image, quality);
	}

	private static BufferedImage jpeg(BufferedImage image, float quality) {
		try {
			return ImageIO.read(new ByteArrayInputStream(jpegBytes(image, quality)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int pack(double r, double g, double b) {
		return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
	}

	private static int clamp(double value) {
		return (int) Math.max(0, Math.min(255, Math.round(value)));
	}

	/** Plane-to-plane projective maps as 3x3 row-major arrays. */
	static final class Homography {

		private Homography() {
		}

		static double[] apply(double[] h, double x, double y) {
			double w = h[6] * x + h[7] * y + h[8];
			return new double[] { (h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w };
		}

		/** The map taking four points {@code from} to four points {@code to}. */
		static double[] fit(double[] from, double[] to) {
			double[][] a = new double[8][9];
			for (int i = 0; i < 4; i++) {
				double x = from[2 * i];
				double y = from[2 * i + 1];
				double u = to[2 * i];
				double v = to[2 * i + 1];
				a[2 * i] = new double[] { x, y, 1, 0, 0, 0, -u * x, -u * y, u };
				a[2 * i + 1] = new double[] { 0, 0, 0, x, y, 1, -v * x, -v * y, v };
			}
			for (int col = 0; col < 8; col++) {
				int pivot = col;
				for (int row = col + 1; row < 8; row++) {
					if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
						pivot = row;
					}
				}
				double[] swap = a[col];
				a[col] = a[pivot];
				a[pivot] = swap;
				for (int row = 0; row < 8; row++) {
					if (row != col) {
						double f = a[row][col] / a[col][col];
						for (int k = col; k < 9; k++) {
							a[row][k] -= f * a[col][k];
						}
					}
				}
			}
			double[] h = new double[9];
			for (int i = 0; i < 8; i++) {
				h[i] = a[i][8] / a[i][i];
			}
			h[8] = 1;
			return h;
		}

		static double[] invert(double[] m) {
			double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], i = m[8];
			double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
			return new double[] { (e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det,
					(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det, (d * h - e * g) / det,
					(b * g - a * h) / det, (a * e - b * d) / det };
		}

	}

}
