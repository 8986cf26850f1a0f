#!/usr/bin/env python3
"""Writes samples/: real-looking applications with real icons and materials.
Run from the repository root; then refresh the golden reports with
SHANGJIA_UPDATE_GOLDEN=1 swift test --filter SampleTests."""
import io, json, math, os, shutil, struct, zipfile, zlib

ROOT = "samples"

def png(width, height, pixel):
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))

BLUE = (22, 119, 255, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)

def line_icon(size=180):
    """An outline icon: a ring and a cross of 8 px strokes on a transparent background."""
    c = size / 2
    def pixel(x, y):
        r = math.hypot(x - c, y - c)
        ring = size * 0.38 <= r <= size * 0.38 + 8
        cross = (abs(x - c) <= 4 or abs(y - c) <= 4) and r <= size * 0.25
        return BLUE if ring or cross else CLEAR
    return png(size, size, pixel)

def filled_icon(size=180):
    """A filled (面性) icon: a blue rounded square with a white disc."""
    def pixel(x, y):
        corner = 30
        dx, dy = max(corner - x, 0, x - (size - 1 - corner)), max(corner - y, 0, y - (size - 1 - corner))
        if math.hypot(dx, dy) > corner:
            return CLEAR
        return WHITE if math.hypot(x - size / 2, y - size / 2) < size * 0.2 else BLUE
    return png(size, size, pixel)

def logo(size=750, rounded=True):
    def pixel(x, y):
        corner = 120 if rounded else 0
        dx, dy = max(corner - x, 0, x - (size - 1 - corner)), max(corner - y, 0, y - (size - 1 - corner))
        if math.hypot(dx, dy) > corner:
            return CLEAR
        return WHITE if abs(x - y) < 40 or abs(x + y - size) < 40 else BLUE
    return png(size, size, pixel)

def pdf(title):
    body = f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    return body.encode("utf-8")

def office(kind, title):
    buffer = io.BytesIO()
    def entry(name):  # a fixed date keeps the files byte-identical from run to run
        return zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(entry("[Content_Types].xml"), '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        if kind == "docx":
            archive.writestr(entry("word/document.xml"), f'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{title}</w:t></w:r></w:p></w:body></w:document>')
        else:
            archive.writestr(entry("xl/workbook.xml"), '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
    return buffer.getvalue()

def mp4():
    return struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2" + struct.pack(">I", 8) + b"free"

def jpeg_bytes():
    """A structurally whole baseline JPEG without a quantization table: libjpeg cannot decode it (icon-integrity)."""
    soi = b"\xff\xd8"
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 180, 180, 1) + b"\x01\x11\x00"
    sos = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    return soi + app0 + sof + sos + b"\x12\x34" + b"\xff\xd9"

TEMPLATES = ["应用上架申请表.docx", "应用安全承诺书.pdf", "应用功能清单.xlsx", "应用操作手册.docx", "测试报告.pdf",
             "等保测评报告.pdf", "数据资源清单.xlsx", "运维保障方案.docx", "应用接入说明.pdf"]

def write(folder, files, manifest):
    path = os.path.join(ROOT, folder)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    for name, data in files.items():
        target = os.path.join(path, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as handle:
            handle.write(data)
    if isinstance(manifest, bytes):
        data = manifest
    else:
        data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    with open(os.path.join(path, "manifest.json"), "wb") as handle:
        handle.write(data)

DEVELOPER = {"name": "杭州数智政通科技有限公司", "creditCode": "91330106MA2H4K5L67",
             "contacts": [{"name": "王工", "phone": "13906510001"}]}

def application(name, status="运行中", **extra):
    record = {
        "name": name, "region": "杭州市", "level": "市级",
        "summary": "面向杭州市参保群众和医保经办人员，解决医保业务线下跑腿多、进度难查的问题；采用微服务架构，部署在政务云，前后端分离；包含医保查询、异地备案、报销进度、电子凭证四个功能模块。",
        "status": status, "launchDate": "2025-06-01", "networks": ["互联网", "政务外网"],
        "constructionPlan": "materials/建设方案.pdf", "mandatoryComponents": True, "dataCatalogued": True,
        "domains": ["数字政府"], "constructionMode": "地方特色(省级特色)", "basis": ["政策文件"],
        "owner": {"unit": "杭州市医疗保障局", "submitter": {"name": "陈科长", "phone": "13805710002", "isStaff": True}},
    }
    record.update(extra)
    return record

def service(**extra):
    section = {
        "channels": ["浙里办APP", "政务服务网"], "releaseType": "H5", "legacyLink": False,
        "name": "医保服务", "intro": "为参保群众提供医保缴费查询、异地就医备案、报销进度查询和医保电子凭证等掌上服务。",
        "icon": "assets/icon.png", "userType": "个人", "domesticOS": True,
        "mobileUrl": "https://ybfw.hangzhou.gov.cn/h5/", "pcUrl": "https://ybfw.hangzhou.gov.cn/pc/",
        "pcSameAsMobile": False, "healthUrl": "https://ybfw.hangzhou.gov.cn/health",
        "testUrl": "https://test-ybfw.hangzhou.gov.cn/h5/", "scope": ["市", "区县"],
        "listingEnds": ["浙里办APP", "支付宝", "微信", "政务服务网"],
        "materials": {
            "applicationForm": "materials/上架申请材料.pdf",
            "screenRecording": {"file": "materials/录屏.mp4", "platforms": ["Android", "iOS"], "ends": ["浙里办APP", "支付宝", "微信"]},
            "screenshots": ["materials/截图1.png"],
        },
    }
    section.update(extra)
    return section

def governance(**extra):
    section = {
        "channels": ["浙政钉"], "releaseType": "H5", "codeHosted": True, "appId": "hz_ybjb",
        "name": "医保经办", "intro": "为医保经办人员提供待办审核、基金监管预警和统计报表等掌上办公服务。",
        "icon": "assets/icon.png", "userType": "个人", "domesticOS": True,
        "mobileUrl": "https://ybjb.hangzhou.gov.cn/h5/", "pcUrl": "https://ybjb.hangzhou.gov.cn/pc/",
        "healthUrl": "https://ybjb.hangzhou.gov.cn/health", "scope": ["市"],
        "egressIps": ["60.191.22.33", "115.236.10.8"], "unified": False, "region": "杭州",
        "openToSeniorLeaders": False, "sso": True, "usesVpn": False,
        "monitoring": {"stability": True, "analytics": True,
                       "pages": [{"id": "home", "name": "首页", "url": "https://ybjb.hangzhou.gov.cn/h5/#/home"}]},
        "loadTest": {"report": "materials/压测报告.pdf", "concurrency": 200, "url": "https://ybjb.hangzhou.gov.cn/h5/"},
        "materials": {"templates": [f"materials/模板/{name}" for name in TEMPLATES], "testAccount": {"account": "ybjb_test01"}},
    }
    section.update(extra)
    return section

def shanghai(**extra):
    section = {
        "name": "协同督办", "description": "面向全市机关工作人员的督查督办应用，支持任务交办、进度跟踪和办结反馈。",
        "category": "政务办公", "theme": "督查督办", "appType": "业务应用", "stage": "接入审核",
        "visibility": "全市机关工作人员", "logo": "assets/logo.png",
        "homeUrl": "https://dbgl.sh.gov.cn/app/", "healthUrl": "https://dbgl.sh.gov.cn/health",
        "tlsVersions": ["1.2", "1.3"], "handlesWorkSecrets": False, "handlesStateSecrets": False,
        "releaseType": "H5", "pageWidth": "自适应",
        "reports": {"softwareTest": "materials/软件测试报告.pdf",
                    "mlps": {"file": "materials/等保测评报告.pdf", "level": 2}},
    }
    section.update(extra)
    return section

def service_files(icon=None):
    return {"assets/icon.png": icon or line_icon(), "materials/建设方案.pdf": pdf("建设方案"),
            "materials/上架申请材料.pdf": pdf("上架申请材料"), "materials/录屏.mp4": mp4(),
            "materials/截图1.png": png(120, 240, lambda x, y: (240, 244, 250, 255) if y > 40 else BLUE)}

def governance_files():
    files = {"assets/icon.png": line_icon(), "materials/建设方案.pdf": pdf("建设方案"), "materials/压测报告.pdf": pdf("压测报告")}
    for name in TEMPLATES:
        kind = name.rsplit(".", 1)[1]
        files[f"materials/模板/{name}"] = pdf(name) if kind == "pdf" else office(kind, name)
    return files

def shanghai_files(rounded=True):
    return {"assets/logo.png": logo(rounded=rounded), "materials/软件测试报告.pdf": pdf("软件测试报告"),
            "materials/等保测评报告.pdf": pdf("等保测评报告")}

def main():
    os.makedirs(ROOT, exist_ok=True)
    write("clean-service", service_files(),
          {"manifestVersion": 1, "application": application("杭州市“浙里办”医保服务"), "developer": DEVELOPER, "service": service()})
    write("clean-governance", governance_files(),
          {"manifestVersion": 1, "application": application("杭州市医保经办", networks=["互联网", "政务外网"]), "developer": DEVELOPER,
           "governance": governance()})
    write("clean-both", {**service_files(), **governance_files()},
          {"manifestVersion": 1, "application": application("杭州市医保一件事"), "developer": DEVELOPER,
           "service": service(), "governance": governance(appId="hz_ybyjs")})
    write("clean-shanghai", shanghai_files(), {"manifestVersion": 1, "developer": DEVELOPER, "shanghai": shanghai()})

    # Typical rejections, one theme a sample.
    big_icon = line_icon(181)
    write("broken-service-listing", {**service_files(), "assets/icon-big.png": big_icon},
          {"manifestVersion": 1,
           "application": application("杭州市医保服务平台"),
           "developer": DEVELOPER,
           "service": service(name="杭州市医疗保障局医保服务掌上办理专区入口页", icon="assets/icon-big.png",
                              listingEnds=["浙里办APP", "政务服务网"], healthUrl="http://ybfw.hangzhou.gov.cn/health",
                              materials={"applicationForm": "materials/上架申请材料.pdf", "screenshots": ["materials/截图1.png"]})})
    write("broken-governance-network", {k: v for k, v in governance_files().items() if "模板/运维" not in k},
          {"manifestVersion": 1, "application": application("杭州市医保经办"), "developer": DEVELOPER,
           "governance": governance(appId="hz_ybjbwl", egressIps=["10.12.0.8", "60.191.22.33", "60.191.22.33", "115.236.10.8"],
                                    mobileUrl="https://192.168.1.20/h5/", sso=False, usesVpn=True,
                                    monitoring={"stability": True, "analytics": True,
                                                "pages": [{"id": "home", "name": "_首页", "url": "https://ybjb.hangzhou.gov.cn/h5/#/home"},
                                                          {"id": "home", "name": "办件列表", "url": "https://cdn.example.net/list"}]},
                                    loadTest={"report": "materials/压测报告.pdf", "concurrency": 30, "url": "https://loadtest.example.com/"},
                                    materials={"templates": [f"materials/模板/{name}" for name in TEMPLATES],
                                               "testAccount": {"account": "ybjb_test01", "password": "Zlb@2026!"}})})
    write("broken-status-dates", service_files(),
          {"manifestVersion": 1,
           "application": application("杭州市“浙里办”医保服务", status="运行中", launchDate="2027-01-15",
                                      retiredDate="2026-12-31", constructionPlan=None, dataCatalogued=False),
           "developer": {**DEVELOPER, "creditCode": "91330106MA2H4K5L68",
                         "contacts": [{"name": "陈科长", "phone": "13805710002"}]},
           "service": service()})
    write("broken-icon-files", {**service_files(icon=jpeg_bytes()), "materials/上架申请材料.pdf": b"\x89PNG\r\n\x1a\n"},
          {"manifestVersion": 1, "application": application("杭州市“浙里办”医保服务"), "developer": DEVELOPER,
           "service": service(materials={"applicationForm": "materials/上架申请材料.pdf",
                                         "screenRecording": {"file": "materials/录屏.mp4", "platforms": ["Android"], "ends": ["浙里办APP"]},
                                         "screenshots": ["../outside.png"]})})
    write("broken-shanghai", shanghai_files(rounded=False),
          {"manifestVersion": 1, "developer": DEVELOPER,
           "shanghai": shanghai(name="测试协同督办应用平台", tlsVersions=["1.0", "1.2"], homeUrl="http://dbgl.sh.gov.cn/app/",
                                handlesWorkSecrets=True, handlesStateSecrets=True, pageWidth=1200)})
    gbk = json.dumps({"shanghai": {"name": "协同督办"}}, ensure_ascii=False, indent=2).encode("gbk")
    write("broken-syntax-gbk", {}, gbk)
    write("broken-syntax-comma", {}, "{\n  \"service\": {\n    \"name\": \"医保服务\",\n  }\n}\n".encode("utf-8"))
    waived_service = service(name="杭州医保", icon="assets/icon.png")
    write("waived-line-style", {**service_files(icon=filled_icon()), "materials/情况说明.pdf": pdf("情况说明")},
          {"manifestVersion": 1, "application": application("杭州市“浙里办”医保服务"), "developer": DEVELOPER,
           "service": waived_service,
           "waivers": [{"rule": "icon-line-style", "path": "/service/icon",
                        "reason": "图标沿用省级统一视觉规范，已与省大数据局确认", "statement": "materials/情况说明.pdf"}]})

if __name__ == "__main__":
    main()
