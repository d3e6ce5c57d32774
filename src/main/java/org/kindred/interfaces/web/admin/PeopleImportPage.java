package org.kindred.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.people.ImportFile;
import org.kindred.application.people.ImportFileException;
import org.kindred.application.people.ImportService;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Admin: importing people from a CSV file: upload, the preview (counts and bad rows), confirm, then
 * the import's progress (polled) and a Resume button for an interrupted one.
 */
@Named
@ViewScoped
public class PeopleImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ImportService imports;

    @Inject
    transient CurrentPerson me;

    private transient Part file;
    /** The previewed file, until it is confirmed or another is chosen: at most 5 MB. */
    private byte[] content;
    private ImportFile.Preview preview;
    private transient List<ImportService.ImportState> recent;

    public void upload() {
        preview = null;
        content = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("upload:file", Texts.get("peopleImportPage.chooseAFile"));
            return;
        }
        if (file.getSize() > ImportFile.MAX_BYTES) {
            Messages.error("upload:file", ImportFile.TOO_BIG);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] read = in.readAllBytes();
            preview = slim(imports.preview(me.caller(), read));
            content = preview.hasErrors() ? null : read;
        } catch (ImportFileException e) {
            Messages.error("upload:file", e.getMessage());
        } catch (IOException e) {
            Messages.error("upload:file", Texts.get("peopleImportPage.couldNotRead"));
        }
    }

    public void confirm() {
        if (content == null) {
            return;
        }
        try {
            ImportService.Confirmation done = imports.confirm(me.caller(), content);
            Messages.info(done.importId() == null ? Texts.get("peopleImportPage.nothingToChange")
                    : Texts.get("peopleImportPage.started", done.rows()));
        } catch (ConflictException | ImportFileException e) {
            Messages.error(null, e.getMessage());
        }
        content = null;
        preview = null;
        recent = null;
    }

    public void resume(long importId) {
        try {
            imports.resume(me.caller(), importId);
            Messages.info(Texts.get("peopleImportPage.resumed"));
        } catch (ConflictException | NotFoundException e) {
            Messages.error(null, Texts.get("peopleImportPage.notWaiting"));
        }
        recent = null;
    }

    /** The preview without its good rows: names and emails need not sit in the session. */
    private static ImportFile.Preview slim(ImportFile.Preview p) {
        return new ImportFile.Preview(p.created(), p.unchanged(), p.changed(), p.deactivated(), p.bad(), List.of());
    }

    public List<ImportService.ImportState> getRecent() {
        if (recent == null) {
            recent = imports.recent(me.caller());
        }
        return recent;
    }

    public boolean isRunning() {
        return getRecent().stream().anyMatch(i -> i.state().equals("RUNNING"));
    }

    public void refresh() {
        recent = null;
    }

    public boolean isConfirmable() {
        return content != null && preview != null && !preview.hasErrors();
    }

    public ImportFile.Preview getPreview() {
        return preview;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
