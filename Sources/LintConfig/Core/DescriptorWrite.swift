import Foundation

/// Writing a whole buffer to a file descriptor: `write` may take only part of it or be
/// interrupted by a signal, and both the atomic baseline writer and the pipe to git must go on
/// until every byte is out.
enum DescriptorWrite {
    /// false on any error but an interruption.
    static func all(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Bool {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
