"""What editors may upload, and how documents reach visitors."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]

Document = get_document_model()
Image = get_image_model()
MB = 1024 * 1024


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def editor_client(client, admin_user):
    client.force_login(admin_user)
    return client


def upload_document(client, name, content=b"inhoud"):
    return client.post(
        "/admin/documents/add/", {"title": name, "file": SimpleUploadedFile(name, content)}
    )


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, content)}
    )


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name", ["virus.exe", "pagina.html", "pagina.htm", "tekening.svg", "script.js", "archief.zip"]
)
def test_documents_outside_the_allow_list_are_refused(editor_client, name):
    response = upload_document(editor_client, name)

    assert response.status_code == 200  # the form again, with its error
    assert "is niet toegestaan" in response.content.decode()
    assert not Document.objects.exists()


def test_an_allowed_document_is_accepted(editor_client):
    response = upload_document(editor_client, "jaarverslag.pdf", b"%PDF-1.4 demo")

    assert response.status_code == 302
    assert Document.objects.get().filename == "jaarverslag.pdf"


def test_documents_over_the_size_limit_are_refused(editor_client, settings):
    too_big = b"0" * (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1)

    response = upload_document(editor_client, "groot.pdf", too_big)

    assert response.status_code == 200
    assert "te groot" in response.content.decode()
    assert not Document.objects.exists()


def test_svg_images_are_refused(editor_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = upload_image(editor_client, "logo.svg", svg)

    assert response.status_code == 200
    assert "Geen ondersteund afbeeldingsformaat" in response.content.decode()
    assert not Image.objects.exists()


def test_a_png_image_is_accepted_and_one_over_the_limit_is_not(editor_client, settings):
    assert upload_image(editor_client, "klas.png", png_bytes()).status_code == 302

    padded = png_bytes() + b"\0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = upload_image(editor_client, "groot.png", padded)

    assert response.status_code == 200
    assert "te groot" in response.content.decode()
    assert Image.objects.count() == 1


def serve(client, document):
    response = client.get(document.url)
    return response, b"".join(response.streaming_content)


def test_office_documents_are_served_as_downloads_through_wagtails_view(client, settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    document = Document.objects.create(
        title="Sjabloon", file=SimpleUploadedFile("sjabloon.docx", b"PK docx")
    )

    response, body = serve(client, document)

    assert document.url == f"/documenten/{document.pk}/sjabloon.docx"
    assert response.status_code == 200
    assert body == b"PK docx"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_pdfs_open_in_the_browser_without_running_anything(client):
    document = Document.objects.create(
        title="Leidraad", file=SimpleUploadedFile("leidraad.pdf", b"%PDF-1.4 demo")
    )

    response, _ = serve(client, document)

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"


def image_bytes(size, frames=1, image_format="PNG", mode="L"):
    """An image of SIZE (width, height); with FRAMES > 1 an animation of that many frames."""
    pictures = [PILImage.new(mode, size, color=number % 255) for number in range(frames)]
    buffer = io.BytesIO()
    pictures[0].save(buffer, image_format, save_all=frames > 1, append_images=pictures[1:])
    return buffer.getvalue()


def test_an_image_of_fifty_megapixels_is_refused_though_its_file_is_small(editor_client):
    """Issue 19: 0.16 MB on disk, 4.9 s and 1.2 GB for a worker at its first rendition."""
    content = image_bytes((7071, 7071), mode="1")
    assert len(content) < 1024 * 1024

    response = upload_image(editor_client, "enorm.png", content)

    assert response.status_code == 200
    assert Image.objects.count() == 0


def test_an_animation_counts_the_pixels_of_every_frame(editor_client):
    response = upload_image(editor_client, "film.gif", image_bytes((2000, 2000), 30, "GIF"))

    assert response.status_code == 200
    assert "in 30 beelden" in response.content.decode()
    assert Image.objects.count() == 0


def test_an_animation_with_too_many_frames_is_refused(editor_client, settings):
    frames = settings.IMAGE_MAX_FRAMES + 1

    response = upload_image(editor_client, "lang.gif", image_bytes((20, 20), frames, "GIF"))

    assert response.status_code == 200
    assert f"heeft {frames} beelden" in response.content.decode()
    assert Image.objects.count() == 0


def test_a_small_animation_and_a_camera_photo_are_accepted(editor_client):
    assert (
        upload_image(editor_client, "knipoog.gif", image_bytes((200, 200), 5, "GIF")).status_code
        == 302
    )
    assert (
        upload_image(editor_client, "foto.png", image_bytes((6000, 4000), mode="1")).status_code
        == 302
    )
    assert Image.objects.count() == 2


def test_the_multiple_uploader_applies_the_same_limits(editor_client):
    response = editor_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("film.gif", image_bytes((2000, 2000), 30, "GIF"))},
    )

    assert response.json()["success"] is False
    assert Image.objects.count() == 0
