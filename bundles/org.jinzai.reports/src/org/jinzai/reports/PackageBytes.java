package org.jinzai.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLDocument;

/**
 * The bytes of a Word or Excel document that depend only on its content: the same inputs give the same file.
 * POI stamps a document with the time it was created and each part of the package with the time it was written;
 * the document here carries no creation time and every part the same fixed time.
 */
final class PackageBytes {

    /** 1 January 2000, 00:00 local time: a fixed time for every part of the package (zip keeps local times). */
    private static final long FIXED_TIME = new java.util.GregorianCalendar(2000, 0, 1).getTimeInMillis();

    private PackageBytes() {
    }

    static byte[] of(POIXMLDocument document) throws IOException {
        document.getProperties().getCoreProperties().setCreated(Optional.empty());
        document.getProperties().getCoreProperties().setModified(Optional.empty());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        document.write(written);
        ByteArrayOutputStream out = new ByteArrayOutputStream(written.size());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
