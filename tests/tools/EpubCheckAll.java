// epubcheck over many books in one Java process: started once per book, the JVM's start-up and
// warm-up cost three times the checking itself. Each book's report follows a line "== <book>",
// in the order given, errors and summary on one stream so they stay with their book.
// Usage: java -cp /usr/share/java/epubcheck.jar EpubCheckAll.java BOOK...
import com.adobe.epubcheck.tool.EpubChecker;

public class EpubCheckAll {
  public static void main(String[] args) {
    System.setErr(System.out);
    for (String book : args) {
      System.out.println("== " + book);
      new EpubChecker().run(new String[] {book});
      System.out.flush();
    }
  }
}
