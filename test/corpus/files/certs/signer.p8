-----BEGIN ENCRYPTED PRIVATE KEY----- ⟦expect:signing-material:+2⟧
⟦gen:pem-body:ck3:encrypted⟧
-----END ENCRYPTED PRIVATE KEY-----
