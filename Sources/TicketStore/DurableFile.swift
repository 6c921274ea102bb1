#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Crash-safe file primitives: write to a temporary file, fsync, rename, fsync the directory; or append and
/// fsync. Files are created 0600 and directories 0700 (personal data).
public enum DurableFile {
    /// Writes `bytes` to `path` atomically and durably.
    public static func write(_ bytes: [UInt8], to path: String, sync: Bool = true) throws(StoreError) {
        let dir = parent(of: path)
        let tmp = dir + "/.tmp-" + lastComponent(of: path) + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.system("create", path: tmp) }
        do throws(StoreError) {
            try writeAll(fd, bytes, path: tmp)
            if sync, fsync(fd) != 0 { throw StoreError.system("fsync", path: tmp) }
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        close(fd)
        guard rename(tmp, path) == 0 else {
            let e = StoreError.system("rename", path: path)
            unlink(tmp)
            throw e
        }
        if sync { try syncDirectory(dir) }
    }

    /// Appends `bytes` to `path` (created if missing) and fsyncs.
    public static func append(_ bytes: [UInt8], to path: String, sync: Bool = true) throws(StoreError) {
        let existed = access(path, F_OK) == 0
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.system("open", path: path) }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
        if sync {
            if fsync(fd) != 0 { throw StoreError.system("fsync", path: path) }
            if !existed { try syncDirectory(parent(of: path)) }
        }
    }

    /// Reads a whole file; `nil` if it does not exist.
    public static func read(_ path: String) throws(StoreError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StoreError.system("open", path: path)
        }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.system("read", path: path)
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Creates a directory and its parents (0700), fsyncing each new one's parent.
    /// With `sync: false` the caller makes the new entries durable later (one `syncFileSystem` for a batch).
    public static func makeDirectory(_ path: String, sync: Bool = true) throws(StoreError) {
        if isDirectory(path) { return }
        let p = parent(of: path)
        if p != path, !p.isEmpty { try makeDirectory(p, sync: sync) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw StoreError.system("mkdir", path: path) }
        if sync { try syncDirectory(p.isEmpty ? "." : p) }
    }

    /// Renames durably (both directories synced).
    public static func move(_ from: String, to: String) throws(StoreError) {
        guard rename(from, to) == 0 else { throw StoreError.system("rename", path: from) }
        try syncDirectory(parent(of: to))
        if parent(of: from) != parent(of: to) { try syncDirectory(parent(of: from)) }
    }

    /// Renames without syncing (the caller syncs the directory, once for many renames).
    public static func renameWithoutSync(_ from: String, to: String) throws(StoreError) {
        guard rename(from, to) == 0 else { throw StoreError.system("rename", path: from) }
    }

    /// Flushes every dirty file and directory of the file system holding `path` (`syncfs(2)`): one round of
    /// durability for a whole batch of writes (group commit).
    public static func syncFileSystem(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.system("open directory", path: path) }
        defer { close(fd) }
        if c_syncfs(fd) != 0 { throw StoreError.system("syncfs", path: path) }
    }

    /// Removes a file or a folder with everything in it; nothing if it does not exist.
    public static func removeTree(_ path: String) throws(StoreError) {
        guard isDirectory(path) else {
            if exists(path), unlink(path) != 0 { throw StoreError.system("unlink", path: path) }
            return
        }
        for name in list(path) { try removeTree(path + "/" + name) }
        if rmdir(path) != 0 && errno != ENOENT { throw StoreError.system("rmdir", path: path) }
    }

    public static func syncDirectory(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.system("open directory", path: path) }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL { throw StoreError.system("fsync directory", path: path) }
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Names in a directory (no `.`/`..`), unsorted; empty if it does not exist.
    public static func list(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public static func remove(_ path: String) { unlink(path) }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.system("write", path: path)
            }
            offset += n
        }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

/// `syncfs(2)` from glibc (declared only under `_GNU_SOURCE`, so not visible through the Glibc module).
@_silgen_name("syncfs")
private func c_syncfs(_ fd: Int32) -> Int32

/// An exclusive advisory lock (`flock`) on a file, held until `unlock` or deinit. Serializes ticket creation
/// between processes (the poller and the staff CLI) and between threads.
public final class FileLock {
    private let fd: Int32

    public init(path: String) throws(StoreError) {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.system("open lock", path: path) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR {
                let e = StoreError.system("lock", path: path)
                close(fd)
                throw e
            }
        }
    }

    deinit { close(fd) }
}

/// A store failure. The description names the operation and path, never ticket contents.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }

    static func system(_ operation: String, path: String) -> StoreError {
        StoreError("\(operation) \(path): \(String(cString: strerror(errno)))")
    }
}
