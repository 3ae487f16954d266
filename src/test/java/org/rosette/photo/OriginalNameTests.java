package org.rosette.photo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OriginalNameTests {

	@Test
	void foldersAreDropped() {
		assertThat(OriginalName.clean("../../etc/passwd.jpg")).isEqualTo("passwd.jpg");
		assertThat(OriginalName.clean("C:\\Users\\ranger\\DCIM\\IMG_1.JPG")).isEqualTo("IMG_1.JPG");
	}

	@Test
	void controlAndDirectionCharactersAreDropped() {
		assertThat(OriginalName.clean("leo\u0000pard\n.jpg")).isEqualTo("leopard.jpg");
		assertThat(OriginalName.clean("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
	}

	@Test
	void nothingLeftMeansPhoto() {
		assertThat(OriginalName.clean(null)).isEqualTo("photo");
		assertThat(OriginalName.clean("  ")).isEqualTo("photo");
		assertThat(OriginalName.clean("uploads/..")).isEqualTo("photo");
		assertThat(OriginalName.clean("dir/")).isEqualTo("photo");
	}

	@Test
	void longNamesAreCutWithoutSplittingACharacter() {
		assertThat(OriginalName.clean("a".repeat(300))).hasSize(255);
		String leopards = "ab" + "\uD83D\uDC06".repeat(200);
		assertThat(OriginalName.clean(leopards)).hasSize(254).endsWith("\uD83D\uDC06");
		assertThat(OriginalName.clean("Барс.jpg")).isEqualTo("Барс.jpg");
	}

}
