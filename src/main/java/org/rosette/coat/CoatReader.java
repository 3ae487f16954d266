package org.rosette.coat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import boofcv.abst.distort.FDistort;
import boofcv.abst.feature.detdesc.DetectDescribePoint;
import boofcv.concurrency.BoofConcurrency;
import boofcv.abst.feature.detect.interest.ConfigFastHessian;
import boofcv.factory.feature.detdesc.FactoryDetectDescribe;
import boofcv.io.image.ConvertBufferedImage;
import boofcv.struct.feature.TupleDesc_F64;
import boofcv.struct.image.GrayF32;

/**
 * Finds the keypoints of a coat in a photo: SURF (BoofCV) on the grey image, so that
 * colour and infrared frames are read alike. Rosettes are dark blobs, exactly what the
 * Hessian detector answers to.
 */
public final class CoatReader {

	/** Photos are read at most this large on their longer side. */
	static final int MAX_SIDE = 1600;

	private final int maxKeypoints;

	private final float upscale;

	/** Reads catalogue photos: the flank large, near square on, filling the frame. */
	public static CoatReader forGallery() {
		return new CoatReader(Integer.getInteger("coat.maxkp", 700),
				Float.parseFloat(System.getProperty("coat.upscale", "1")));
	}

	/**
	 * Reads camera-trap frames: the flank small, in much background. They are enlarged
	 * twice first: on a flank 250-350 px wide a rosette's spots are one or two pixels,
	 * below the smallest blob the detector sees (bench/coat-id-eval on the tuning set:
	 * rank-1 87.5 to 95 % for 1.5 times on 20 leopards, 93.7 to 95 % from 1.5 to 2 times
	 * on 100, see docs/coat-identification.md).
	 */
	public static CoatReader forQueries() {
		return new CoatReader(Integer.getInteger("coat.qmaxkp", 700),
				Float.parseFloat(System.getProperty("coat.qupscale", "2")));
	}

	public CoatReader(int maxKeypoints) {
		this(maxKeypoints, 1);
	}

	public CoatReader(int maxKeypoints, float upscale) {
		this.maxKeypoints = maxKeypoints;
		this.upscale = upscale;
		// one photo per thread: the background worker must not take every core from the
		// requests, and several photos are read side by side when there are many
		BoofConcurrency.USE_CONCURRENT = false;
	}

	public CoatPrint read(BufferedImage photo) {
		BufferedImage image = photo;
		float factor = 1f;
		int longer = Math.max(photo.getWidth(), photo.getHeight());
		if (longer > MAX_SIDE) {
			factor = (float) longer / MAX_SIDE;
			image = scaled(photo, Math.round(photo.getWidth() / factor), Math.round(photo.getHeight() / factor));
		}
		GrayF32 grey = ConvertBufferedImage.convertFrom(image, (GrayF32) null);
		if (upscale > 1) {
			GrayF32 larger = new GrayF32(Math.round(grey.width * upscale), Math.round(grey.height * upscale));
			new FDistort(grey, larger).scaleExt().apply();
			grey = larger;
			factor /= upscale;
		}
		DetectDescribePoint<GrayF32, TupleDesc_F64> surf = detector();
		surf.detect(grey);
		// the detector keeps the strongest responses, whatever their size: on a small
		// flank
		// the rosettes are the small blobs
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < surf.getNumberOfFeatures() && order.size() < maxKeypoints; i++) {
			order.add(i);
		}
		int n = order.size();
		float[] x = new float[n];
		float[] y = new float[n];
		float[] scale = new float[n];
		float[] angle = new float[n];
		byte[] descriptors = new byte[n * CoatPrint.DIMENSIONS];
		for (int k = 0; k < n; k++) {
			int i = order.get(k);
			x[k] = (float) surf.getLocation(i).x * factor;
			y[k] = (float) surf.getLocation(i).y * factor;
			scale[k] = (float) surf.getRadius(i) * factor;
			angle[k] = (float) surf.getOrientation(i);
			double[] values = surf.getDescription(i).data;
			for (int d = 0; d < CoatPrint.DIMENSIONS; d++) {
				long q = Math.round(values[d] * CoatPrint.QUANTUM);
				descriptors[k * CoatPrint.DIMENSIONS + d] = (byte) Math.max(-127, Math.min(127, q));
			}
		}
		return new CoatPrint(photo.getWidth(), photo.getHeight(), x, y, scale, angle, descriptors);
	}

	private DetectDescribePoint<GrayF32, TupleDesc_F64> detector() {
		ConfigFastHessian config = new ConfigFastHessian();
		config.extract.threshold = 0f;
		config.extract.radius = 2;
		config.maxFeaturesPerScale = -1;
		config.maxFeaturesAll = maxKeypoints;
		config.numberOfOctaves = 4;
		return FactoryDetectDescribe.surfStable(config, null, null, GrayF32.class);
	}

	/** The settings, for the evaluation's cache of prints. */
	@Override
	public String toString() {
		return "CoatReader[maxKeypoints=" + maxKeypoints + ", upscale=" + upscale + "]";
	}

	private static BufferedImage scaled(BufferedImage photo, int width, int height) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = out.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
				java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(photo, 0, 0, width, height, null);
		g.dispose();
		return out;
	}

}
