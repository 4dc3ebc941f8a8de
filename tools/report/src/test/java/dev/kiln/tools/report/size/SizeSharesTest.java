package dev.kiln.tools.report.size;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeSharesTest {
  private static final String FIXTURE = "dev.kiln.tools.report.size.fixture.";
  private static final Path TEST_CLASSES = Path.of("target/test-classes");

  @Test
  void nmLinesBecomeSizedSymbolsAndBssIsLeftOut() {
    SymbolTable table = SymbolTable.parseNm(String.join("\n",
        "0000000000108a50 000000000000011a T meth_dknt_TcpSocket_established",
        "00000000001733a0 0000000000064a00 b teavm_dynamicClassPool",
        "0000000000100000 T _start",
        "garbage"));
    assertThat(table.symbols()).containsExactly(
        new SymbolTable.Symbol("meth_dknt_TcpSocket_established", 0x11a, 'T'));
  }

  @Test
  void classReferencesIncludeDescriptorTypes() throws IOException {
    byte[] module = Files.readAllBytes(
        TEST_CLASSES.resolve("dev/kiln/tools/report/size/fixture/FixtureAModule.class"));
    assertThat(ClassReferences.of(module)).contains(FIXTURE + "FixtureA");
    assertThat(ClassReferences.of(module)).doesNotContain(FIXTURE + "FixtureB");
  }

  @Test
  void modulesSharingAnArtifactOwnWhatOnlyTheyReach() throws IOException {
    ClassContainer classes = ClassContainer.open("g:fixtures:1", TEST_CLASSES);
    ModuleOwnership ownership = ModuleOwnership.of(List.of(classes),
        List.of(FIXTURE + "FixtureAModule", FIXTURE + "FixtureBModule"));
    assertThat(ownership.ownerOf(FIXTURE + "FixtureA")).isEqualTo(FIXTURE + "FixtureAModule");
    assertThat(ownership.ownerOf(FIXTURE + "FixtureA$Inner")).isEqualTo(FIXTURE + "FixtureAModule");
    assertThat(ownership.ownerOf(FIXTURE + "FixtureB")).isEqualTo(FIXTURE + "FixtureBModule");
    assertThat(ownership.ownerOf(FIXTURE + "FixtureShared")).isEqualTo("g:fixtures:1");
    assertThat(ownership.artifactOf(FIXTURE + "FixtureAModule")).isEqualTo("g:fixtures:1");
  }

  @Test
  void anArtifactWithOneModuleBelongsToItWhole() throws IOException {
    ClassContainer classes = ClassContainer.open("g:fixtures:1", TEST_CLASSES);
    ModuleOwnership ownership =
        ModuleOwnership.of(List.of(classes), List.of(FIXTURE + "FixtureAModule"));
    assertThat(ownership.ownerOf(FIXTURE + "FixtureShared")).isEqualTo(FIXTURE + "FixtureAModule");
  }

  @Test
  void symbolsCountForTheClassTheirGeneratedFileIsNamedAfter(@TempDir Path teavm)
      throws IOException {
    Path folder = teavm.resolve("classes/dev/kiln/tools/report/size/fixture");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("FixtureA.c"), String.join("\n",
        "#include \"x.h\"",
        "extern int meth_other_thing(void);",
        "alignas(8) dktrsf_FixtureA_VT dktrsf_FixtureA_Cls = {",
        "void meth_dktrsf_FixtureA__init_(void* teavm_this_) {",
        "teavm_label_1:;",
        "}"));
    Files.writeString(folder.resolve("FixtureB@d1.c"),
        "int32_t meth_dktrsf_FixtureB_1_run(void* teavm_this_) {\n}\n");
    GeneratedClassIndex index = GeneratedClassIndex.of(teavm);
    assertThat(index.classOf("dktrsf_FixtureA_Cls")).isEqualTo(FIXTURE + "FixtureA");
    assertThat(index.classOf("meth_dktrsf_FixtureA__init_")).isEqualTo(FIXTURE + "FixtureA");
    assertThat(index.classOf("meth_dktrsf_FixtureB_1_run")).isEqualTo(FIXTURE + "FixtureB");
    assertThat(index.classOf("meth_other_thing")).isNull();
    assertThat(index.classOf("teavm_label_1")).isNull();

    SymbolTable symbols = SymbolTable.parseNm(String.join("\n",
        "1 0000000000000100 T meth_dktrsf_FixtureA__init_",
        "2 0000000000000020 D dktrsf_FixtureA_Cls",
        "3 0000000000000040 T meth_dktrsf_FixtureB_1_run",
        "4 0000000000001000 T teavm_gc_collect"));
    ModuleOwnership ownership = ModuleOwnership.of(
        List.of(ClassContainer.open("g:fixtures:1", TEST_CLASSES)),
        List.of(FIXTURE + "FixtureAModule", FIXTURE + "FixtureBModule"));
    SizeShares shares = SizeShares.of(symbols, index, ownership);
    assertThat(shares.bytesOf(FIXTURE + "FixtureAModule")).isEqualTo(0x120);
    assertThat(shares.bytesOf(FIXTURE + "FixtureBModule")).isEqualTo(0x40);
    assertThat(shares.bytesOf(SizeShares.RUNTIME)).isEqualTo(0x1000);
    assertThat(shares.linkedBytes()).isEqualTo(0x1160);
    assertThat(shares.shares().get(0).owner()).isEqualTo(SizeShares.RUNTIME);
  }
}
