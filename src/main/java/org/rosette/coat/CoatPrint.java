package org.rosette.coat;

import java.nio.ByteBuffer;

/**
 * The local features of one photo: where each keypoint sits (in the photo's own pixels),
 * its size and orientation, and its descriptor quantised to one signed byte per
 * dimension. Kept so that matching never decodes an image again.
 *
 * @param width width of the photo the keypoints were found in
 * @param height height of that photo
 * @param x keypoint columns
 * @param y keypoint rows
 * @param scale keypoint radii in pixels
 * @param angle keypoint orientations in radians
 * @param descriptors {@code x.length * DIMENSIONS} quantised descriptor values
 */
public record CoatPrint(int width, int height, float[] x, float[] y, float[] scale, float[] angle, byte[] descriptors) {

	static final int DIMENSIONS = 64;

	/** Scale from a unit-length descriptor to a signed byte. */
	static final float QUANTUM = 300f;

	private static final int FORMAT = 1;

	public int size() {
		return x.length;
	}

	float[] descriptor(int i) {
		float[] out = new float[DIMENSIONS];
		int offset = i * DIMENSIONS;
		for (int d = 0; d < DIMENSIONS; d++) {
			out[d] = descriptors[offset + d];
		}
		return out;
	}

	byte[] toBytes() {
		int n = size();
		ByteBuffer buffer = ByteBuffer.allocate(16 + n * 16 + descriptors.length);
		buffer.putInt(FORMAT).putInt(width).putInt(height).putInt(n);
		for (int i = 0; i < n; i++) {
			buffer.putFloat(x[i]).putFloat(y[i]).putFloat(scale[i]).putFloat(angle[i]);
		}
		buffer.put(descriptors);
		return buffer.array();
	}

	static CoatPrint fromBytes(byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		int format = buffer.getInt();
		if (format != FORMAT) {
			throw new IllegalArgumentException("Unknown coat print format " + format);
		}
		int width = buffer.getInt();
		int height = buffer.getInt();
		int n = buffer.getInt();
		float[] x = new float[n];
		float[] y = new float[n];
		float[] scale = new float[n];
		float[] angle = new float[n];
		for (int i = 0; i < n; i++) {
			x[i] = buffer.getFloat();
			y[i] = buffer.getFloat();
			scale[i] = buffer.getFloat();
			angle[i] = buffer.getFloat();
		}
		byte[] descriptors = new byte[n * DIMENSIONS];
		buffer.get(descriptors);
		return new CoatPrint(width, height, x, y, scale, angle, descriptors);
	}

}
