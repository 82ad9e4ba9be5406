package org.planmetrics.api.page;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * What a person would see of an element, counted: its screenshot's most common colour (taken as
 * the background), how many pixels differ from it, and how many colours there are. A chart canvas
 * that drew nothing is one colour; one that drew bars, lines and labels has thousands of pixels
 * off the background and many colours (anti-aliasing).
 *
 * @param width the screenshot's width in pixels
 * @param height the screenshot's height in pixels
 * @param background the most common colour, as 0xRRGGBB (alpha ignored)
 * @param differing the number of pixels of another colour
 * @param distinctColours the number of different colours, the background included
 */
public record PixelCount(int width, int height, int background, long differing,
    int distinctColours) {

  /** Counts the pixels of {@code element}'s screenshot (scrolled into view first). */
  public static PixelCount of(WebElement element) {
    return of(element.getScreenshotAs(OutputType.BYTES));
  }

  /** As {@link #of(WebElement)}, and saves the screenshot to target/screenshots/NAME.png. */
  public static PixelCount of(WebElement element, String name) {
    byte[] png = element.getScreenshotAs(OutputType.BYTES);
    BuildFiles.saveScreenshot(name, "png", png);
    return of(png);
  }

  /** Counts the pixels of a PNG (or any image ImageIO reads). */
  public static PixelCount of(byte[] image) {
    BufferedImage picture;
    try {
      picture = ImageIO.read(new ByteArrayInputStream(image));
    } catch (IOException e) {
      throw new UncheckedIOException("not an image", e);
    }
    if (picture == null) {
      throw new IllegalArgumentException("not an image ImageIO can read");
    }
    Map<Integer, Long> counts = new HashMap<>();
    int width = picture.getWidth();
    int height = picture.getHeight();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        counts.merge(picture.getRGB(x, y) & 0xFFFFFF, 1L, Long::sum);
      }
    }
    Map.Entry<Integer, Long> most = counts.entrySet().stream()
        .max(Map.Entry.comparingByValue()).orElseThrow(
            () -> new IllegalArgumentException("an empty image"));
    return new PixelCount(width, height, most.getKey(), (long) width * height - most.getValue(),
        counts.size());
  }

  /** All pixels. */
  public long total() {
    return (long) width * height;
  }

  /** The share of pixels that are not the background, from 0 to 1. */
  public double differingShare() {
    return total() == 0 ? 0 : (double) differing / total();
  }

  @Override
  public String toString() {
    return String.format("%d×%d px, background #%06X, %d px (%.1f %%) differ, %d colour(s)",
        width, height, background, differing, 100 * differingShare(), distinctColours);
  }
}
