package cn.jiangxin.shared.files;

/**
 * A file in the blob store: its SHA-256, size and the content type detected from its
 * bytes.
 */
public record StoredBlob(String hash, long size, String contentType) {
}
