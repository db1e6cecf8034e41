package org.skillgraph.api.http;

import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.esco.EscoExport;
import org.skillgraph.seed.esco.EscoImporter;

/**
 * {@code POST /api/v1/import/esco}: ESCO's two CSV zips as a multipart upload (fields {@code classification}
 * and {@code relations}, optionally {@code escoVersion}), the import report out. The zips are spooled to a
 * temporary folder, read from there and deleted.
 */
final class EscoController {

    /**
     * This route's body limit. The server-wide limit ({@link ServerSettings#maxRequestBytes()}) bounds the
     * bodies Javalin reads whole (JSON); multipart bodies are bounded by this one, through Jetty's multipart
     * limits, and only this route reads multipart. ESCO 1.1.1's zips weigh 8 MB together.
     */
    static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    static final String PATH = "/api/v1/import/esco";

    private static final List<String> FILE_FIELDS = List.of("classification", "relations");

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,31}");

    private final EscoImporter importer;
    private final Runnable afterWrite;
    private final org.skillgraph.api.app.ImportVersions versions;

    EscoController(EscoImporter importer, Runnable afterWrite, org.skillgraph.api.app.ImportVersions versions) {
        this.importer = importer;
        this.afterWrite = afterWrite;
        this.versions = versions;
    }

    /** Bounds every multipart body to {@link #MAX_UPLOAD_BYTES}, parts spooled to disk rather than held in memory. */
    static void limitUploads(MultipartConfig multipart) {
        multipart.maxFileSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
        multipart.maxTotalRequestSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
    }

    void register(ApiRoutes routes) {
        routes.post(PATH, Access.CURRICULUM_WRITE, this::importEsco);
    }

    private void importEsco(Context ctx) throws IOException {
        if (ctx.contentLength() > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        if (!ctx.isMultipartFormData()) {
            throw new InvalidRequestException(
                    "invalid-body",
                    "Send ESCO's two CSV zips as multipart/form-data in the fields classification and relations",
                    List.of(new FieldError("", "expected multipart/form-data, got " + ctx.contentType())));
        }
        var uploads = uploads(ctx);
        var escoVersion = ctx.formParam("escoVersion");
        if (escoVersion != null
                && !escoVersion.isBlank()
                && !VERSION.matcher(escoVersion.strip()).matches()) {
            throw InvalidRequestException.of(
                    "/escoVersion", "escoVersion must look like 1.1.1 (at most 32 characters)");
        }
        var folder = Files.createTempDirectory("skillgraph-esco-");
        try {
            var parts = new ArrayList<EscoExport.Part>();
            for (int i = 0; i < uploads.size(); i++) {
                parts.add(spool(uploads.get(i), folder.resolve(FILE_FIELDS.get(i) + ".zip"), FILE_FIELDS.get(i)));
            }
            try (var export = EscoExport.open(parts)) {
                var report = importer.importEsco(export, escoVersion, ImportProgress.none());
                versions.esco(
                        report,
                        org.skillgraph.api.http.auth.Caller.of(ctx)
                                .map(org.skillgraph.api.http.auth.Caller::tokenId)
                                .orElse("anonymous"));
                afterWrite.run();
                ctx.status(200).json(report);
            }
        } finally {
            deleteRecursively(folder);
        }
    }

    private static List<UploadedFile> uploads(Context ctx) {
        List<UploadedFile> uploads;
        try {
            uploads = FILE_FIELDS.stream().map(ctx::uploadedFile).toList();
        } catch (Exception e) {
            // Jetty's parser fails with a ServletException over a BadMessageException; over the multipart
            // limits (a chunked body has no length to check first) the root is "max length exceeded".
            if (exceedsLimit(e)) {
                throw tooLarge();
            }
            throw new InvalidRequestException(
                    "invalid-body",
                    "The multipart/form-data body cannot be parsed",
                    List.of(new FieldError("", "malformed multipart/form-data")));
        }
        var missing = new ArrayList<FieldError>();
        for (int i = 0; i < FILE_FIELDS.size(); i++) {
            if (uploads.get(i) == null) {
                missing.add(new FieldError("/" + FILE_FIELDS.get(i), "a zip file is required"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(
                    "invalid-body",
                    "Both zips of ESCO's CSV export are required: classification and relations",
                    missing);
        }
        return uploads;
    }

    /** Copies an upload to {@code target}; messages name it by its file name, never by the server's path. */
    private static EscoExport.Part spool(UploadedFile upload, Path target, String field) throws IOException {
        try (var in = upload.content()) {
            Files.copy(in, target);
        }
        var filename = upload.filename() == null ? "" : upload.filename();
        var base = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        var name = base.isBlank() ? field : base;
        return new EscoExport.Part(target, name);
    }

    private static boolean exceedsLimit(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException
                    && String.valueOf(t.getMessage()).contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static HttpResponseException tooLarge() {
        return new HttpResponseException(413, "The upload exceeds " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MiB");
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (var p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary folder of an ESCO upload", e);
        }
    }
}
