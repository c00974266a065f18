// The signer against the example request of the Amazon S3 SigV4 documentation
// ("GET Object" with a Range header, examplebucket, 2013-05-24).
import { payloadHashOf, signS3Request } from "@/lib/documents/storage/sigv4.ts";

describe("signS3Request", () => {
  it("reproduces the documented GET Object signature", () => {
    const headers = signS3Request({
      method: "GET",
      host: "examplebucket.s3.amazonaws.com",
      path: "/test.txt",
      headers: { range: "bytes=0-9" },
      payloadHash: payloadHashOf(null),
      amzDate: "20130524T000000Z",
      region: "us-east-1",
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    });
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("hashes the empty payload as SHA-256 of nothing", () => {
    expect(payloadHashOf(null)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
