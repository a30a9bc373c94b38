/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 実行設定.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jinzai.model.RunSettings#getFirstFiscalYear <em>First Fiscal Year</em>}</li>
 *   <li>{@link org.jinzai.model.RunSettings#getHorizonYears <em>Horizon Years</em>}</li>
 *   <li>{@link org.jinzai.model.RunSettings#getReplications <em>Replications</em>}</li>
 *   <li>{@link org.jinzai.model.RunSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.jinzai.model.RunSettings#isRateUncertainty <em>Rate Uncertainty</em>}</li>
 * </ul>
 *
 * @see org.jinzai.model.JinzaiPackage#getRunSettings()
 * @model
 * @generated
 */
public interface RunSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>First Fiscal Year</b></em>' attribute.
	 * The default value is <code>"2026"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Fiscal Year</em>' attribute.
	 * @see #setFirstFiscalYear(int)
	 * @see org.jinzai.model.JinzaiPackage#getRunSettings_FirstFiscalYear()
	 * @model default="2026"
	 * @generated
	 */
	int getFirstFiscalYear();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunSettings#getFirstFiscalYear <em>First Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Fiscal Year</em>' attribute.
	 * @see #getFirstFiscalYear()
	 * @generated
	 */
	void setFirstFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Horizon Years</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Horizon Years</em>' attribute.
	 * @see #setHorizonYears(int)
	 * @see org.jinzai.model.JinzaiPackage#getRunSettings_HorizonYears()
	 * @model default="5"
	 * @generated
	 */
	int getHorizonYears();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunSettings#getHorizonYears <em>Horizon Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Horizon Years</em>' attribute.
	 * @see #getHorizonYears()
	 * @generated
	 */
	void setHorizonYears(int value);

	/**
	 * Returns the value of the '<em><b>Replications</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replications</em>' attribute.
	 * @see #setReplications(int)
	 * @see org.jinzai.model.JinzaiPackage#getRunSettings_Replications()
	 * @model default="1000"
	 * @generated
	 */
	int getReplications();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunSettings#getReplications <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replications</em>' attribute.
	 * @see #getReplications()
	 * @generated
	 */
	void setReplications(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"20260401"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.jinzai.model.JinzaiPackage#getRunSettings_Seed()
	 * @model default="20260401"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Rate Uncertainty</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether each replication draws the rates estimated from the history (and not edited since) from their posterior, so that the bands include the uncertainty of the rates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate Uncertainty</em>' attribute.
	 * @see #setRateUncertainty(boolean)
	 * @see org.jinzai.model.JinzaiPackage#getRunSettings_RateUncertainty()
	 * @model default="true"
	 * @generated
	 */
	boolean isRateUncertainty();

	/**
	 * Sets the value of the '{@link org.jinzai.model.RunSettings#isRateUncertainty <em>Rate Uncertainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate Uncertainty</em>' attribute.
	 * @see #isRateUncertainty()
	 * @generated
	 */
	void setRateUncertainty(boolean value);

} // RunSettings
