/**
 */
package org.jinzai.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.RateEstimate;

/**
 * This is the item provider adapter for a {@link org.jinzai.model.RateEstimate} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RateEstimateItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RateEstimateItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addEstimatedPropertyDescriptor(object);
			addLowPropertyDescriptor(object);
			addHighPropertyDescriptor(object);
			addEventsPropertyDescriptor(object);
			addExposurePropertyDescriptor(object);
			addFirstYearPropertyDescriptor(object);
			addLastYearPropertyDescriptor(object);
			addAlphaPropertyDescriptor(object);
			addBetaPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Estimated feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEstimatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RateEstimate_estimated_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RateEstimate_estimated_feature", "_UI_RateEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.RATE_ESTIMATE__ESTIMATED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Low feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLowPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RateEstimate_low_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RateEstimate_low_feature", "_UI_RateEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.RATE_ESTIMATE__LOW,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the High feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHighPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RateEstimate_high_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RateEstimate_high_feature", "_UI_RateEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.RATE_ESTIMATE__HIGH,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Events feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEventsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RateEstimate_events_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RateEstimate_events_feature", "_UI_RateEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.RATE_ESTIMATE__EVENTS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Exposure feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExposurePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RateEstimate_exposure_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RateEstimate_exposure_feature", "_UI_RateEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.RATE_ESTIMATE__EXPOSURE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the First Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFirstYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RateEstimate_firstYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RateEstimate_firstYear_feature", "_UI_RateEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.RATE_ESTIMATE__FIRST_YEAR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RateEstimate_lastYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RateEstimate_lastYear_feature", "_UI_RateEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.RATE_ESTIMATE__LAST_YEAR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Alpha feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAlphaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RateEstimate_alpha_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RateEstimate_alpha_feature", "_UI_RateEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.RATE_ESTIMATE__ALPHA,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Beta feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBetaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RateEstimate_beta_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_RateEstimate_beta_feature", "_UI_RateEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.RATE_ESTIMATE__BETA,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChildren(Object object) {
		return hasChildren(object, true);
	}

	/**
	 * This returns RateEstimate.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/RateEstimate")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		RateEstimate rateEstimate = (RateEstimate)object;
		return getString("_UI_RateEstimate_type") + " " + rateEstimate.getEstimated(); //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(RateEstimate.class)) {
			case JinzaiPackage.RATE_ESTIMATE__ESTIMATED:
			case JinzaiPackage.RATE_ESTIMATE__LOW:
			case JinzaiPackage.RATE_ESTIMATE__HIGH:
			case JinzaiPackage.RATE_ESTIMATE__EVENTS:
			case JinzaiPackage.RATE_ESTIMATE__EXPOSURE:
			case JinzaiPackage.RATE_ESTIMATE__FIRST_YEAR:
			case JinzaiPackage.RATE_ESTIMATE__LAST_YEAR:
			case JinzaiPackage.RATE_ESTIMATE__ALPHA:
			case JinzaiPackage.RATE_ESTIMATE__BETA:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return JinzaiEditPlugin.INSTANCE;
	}

}
