package org.kindred.infrastructure.totp;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import org.kindred.application.secondfactor.TotpAlgorithm;

/**
 * TOTP as every authenticator app reads it by default: SHA-1, six digits, 30 seconds, a 160-bit secret.
 * The application chooses the window and compares codes ({@code SecondFactorService}), so this uses the
 * library's generator, not its verifier, which cannot say which time step matched.
 */
@ApplicationScoped
public class SamstevensTotpAlgorithm implements TotpAlgorithm {

    private static final int DIGITS = 6;
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    @Override
    public String newSecret() {
        return secrets.generate();
    }

    @Override
    public String code(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code not generated", e);
        }
    }

    @Override
    public String qrCode(String secret, String account, String issuer) {
        QrData data = new QrData.Builder().label(account).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period((int) STEP_SECONDS).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code not generated", e);
        }
    }
}
