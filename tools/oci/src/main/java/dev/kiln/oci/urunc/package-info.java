/**
 * What urunc (the CNCF sandbox "runc for unikernels") needs in an OCI image to run a Kiln Solo5
 * image under {@code solo5-spt} or {@code solo5-hvt}: its {@code com.urunc.unikernel.*}
 * annotations (in the manifest and as config labels), the same values in {@code /urunc.json}
 * (base64, for runtimes such as Docker that do not pass annotations on), and the unikernel at a
 * fixed path.
 *
 * <p>Written against urunc v0.7.0 (its docs/package/index.md, pkg/unikontainers and
 * unikernels/mirage.go as of commit 2b645c4822610c5d0e8d4c67ee30577bb298acae on main, which
 * carries the v0.7.0 changelog), plus the {@code solo5NetDev}/{@code solo5BlkDev} annotations of
 * urunc's main branch after v0.7.0, which older versions ignore. Kiln images present themselves as
 * {@code mirage} unikernels: that is the type whose command line urunc builds the MirageOS way,
 * {@code --ipv4=ADDRESS/PREFIX --ipv4-gateway=GATEWAY} followed by the image's own arguments, with
 * the tap attached as net device {@code service} and a block image as {@code storage}.
 */
package dev.kiln.oci.urunc;
