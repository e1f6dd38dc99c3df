import CairoBridge
import Foundation
import IndicatorData
import Layout

/// A PNG image a template (`image:`) or theme (`logo:`) names, checked when the template is read: a file, not
/// a folder; a PNG; complete, so that a truncated file is refused rather than drawn as an empty box.
enum ImageFile {
    static func open(_ name: String, relativeTo file: String, at location: SourceLocation) throws(TemplateError)
        -> PNGFigure
    {
        let path = SourceText.path(of: name, relativeTo: file)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unreadableFile(
                location,
                reason: "the image \(path) does not exist; check the path, it is relative to the template's folder")
        }
        guard !isFolder.boolValue else {
            throw .unreadableFile(location, reason: "\(path) is a folder, not a PNG image; name the image file itself")
        }
        do {
            let figure = try PNGFigure(path: path)
            // Decodes every pixel: a damaged or truncated PNG fails here.
            _ = try Image(pngAt: path)
            return figure
        } catch {
            throw .unreadableFile(location, reason: "\(error)")
        }
    }
}
