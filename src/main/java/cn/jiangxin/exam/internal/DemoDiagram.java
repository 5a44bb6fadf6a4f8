package cn.jiangxin.exam.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The demo's one drawn picture: a six-axis articulated arm on its base with its joints J1
 * to J6 marked, for a question whose stem is a picture.
 */
final class DemoDiagram {

	private DemoDiagram() {
	}

	static byte[] sixAxisArm() {
		BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 480, 300);
			g.setColor(new Color(0x37, 0x47, 0x4f));
			g.fillRect(60, 250, 120, 24);
			g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.setColor(new Color(0xb7, 0x1c, 0x1c));
			int[][] points = { { 120, 246 }, { 120, 200 }, { 190, 110 }, { 330, 95 }, { 380, 120 }, { 405, 160 } };
			for (int i = 0; i + 1 < points.length; i++) {
				g.drawLine(points[i][0], points[i][1], points[i + 1][0], points[i + 1][1]);
			}
			g.setStroke(new BasicStroke(3));
			g.setColor(new Color(0x42, 0x42, 0x42));
			g.drawLine(405, 160, 395, 190);
			g.drawLine(405, 160, 425, 185);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
			String[] labels = { "J1", "J2", "J3", "J4", "J5", "J6" };
			int[][] at = { { 120, 238 }, { 120, 200 }, { 190, 110 }, { 330, 95 }, { 380, 120 }, { 405, 160 } };
			for (int i = 0; i < labels.length; i++) {
				g.setColor(Color.WHITE);
				g.fillOval(at[i][0] - 12, at[i][1] - 12, 24, 24);
				g.setColor(new Color(0x0d, 0x47, 0xa1));
				g.setStroke(new BasicStroke(2));
				g.drawOval(at[i][0] - 12, at[i][1] - 12, 24, 24);
				g.drawString(labels[i], at[i][0] + 16, at[i][1] - 10);
			}
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
