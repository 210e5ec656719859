package org.massline.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the organization import ({@code massline.organization.import}).
 *
 * @param maxSize the largest file accepted; a bigger one is refused before it is read, so that one
 *     upload cannot exhaust the server's memory
 */
@ConfigurationProperties("massline.organization.import")
public record ImportSettings(@DefaultValue("2MB") DataSize maxSize) {

  /** The limit as a user reads it, e.g. "2MB". */
  public String maxSizeLabel() {
    long bytes = maxSize.toBytes();
    if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return maxSize.toMegabytes() + "MB";
    }
    if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return maxSize.toKilobytes() + "KB";
    }
    return bytes + " 字节";
  }
}
