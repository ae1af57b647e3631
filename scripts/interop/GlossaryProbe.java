import java.io.File;
import java.util.*;
import org.omegat.core.Core;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.*;
import org.omegat.util.ProjectFileStorage;

/**
 * Loads glossary files with OmegaT's own readers, as an OmegaT project would, and prints one
 * line per term pair: {@code ENTRY <tab> file <tab> source <tab> target <tab> comment}.
 * Usage: {@code java -cp OmegaT.jar GlossaryProbe.java PROJECT_DIR FILE.tbx|FILE.txt ...}.
 * The project gives the languages OmegaT compares language sections with (make test-interop).
 */
public class GlossaryProbe {
    public static void main(String[] args) throws Exception {
        Core.initializeConsole(new HashMap<String, String>());
        // The readers ask the current project for its languages; it need not be loaded.
        ProjectProperties props = ProjectFileStorage.loadProjectProperties(new File(args[0]));
        Core.setProject(new org.omegat.core.data.RealProject(props));
        for (int i = 1; i < args.length; i++) {
            File f = new File(args[i]);
            List<GlossaryEntry> entries = f.getName().endsWith(".tbx") ? GlossaryReaderTBX.read(f, false) : GlossaryReaderTSV.read(f, false);
            for (GlossaryEntry e : entries) {
                System.out.println("ENTRY\t" + f.getName() + "\t" + e.getSrcText() + "\t" + e.getLocText() + "\t" + e.getCommentText().replace("\n", " / "));
            }
        }
        System.exit(0);
    }
}
