import java.io.File;
import java.util.*;
import org.omegat.core.Core;
import org.omegat.core.data.ProjectFactory;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.*;
import org.omegat.util.ProjectFileStorage;

public class GlossaryProbe {
    public static void main(String[] args) throws Exception {
        Core.initializeConsole(new HashMap<String, String>());
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
